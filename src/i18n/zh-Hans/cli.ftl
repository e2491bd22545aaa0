# 命令行的人类可读输出（cli/），语言取 --lang 或系统区域设置。JSON 输出从不翻译。
# 归 i18n-pdf 部分所有。

cli-restore-backed-up = 当前数据库已备份到 { $path }
cli-restore-moved-aside = 当前数据库已损坏，已移到 { $path }
cli-restored = 已从 { $file } 恢复 { $db }
cli-no-backups = { $db } 旁边没有备份
cli-backup-reviews = { $count } 个审查
cli-no-history = 审查 { $id } 没有修改记录
cli-history-changed = { $old }{ " → " }{ $new }
cli-history-set = 设为 { $new }
cli-history-cleared-from = 已清除 { $old }
cli-history-cleared = 已清除
cli-no-reviews = { $db } 中没有审查
cli-list-id = 编号
cli-list-review = 审查
cli-list-plan = 套餐
cli-list-progress = 进度
cli-list-last-edited = 最后编辑
cli-no-font = 警告：已安装的字体都无法显示这些字符，已印为 □：{ $characters }
cli-pdf-written = { $path }（{ $pages } 页，{ $bytes } 字节，指纹 { $fingerprint }）
cli-review-language = 审查 { $id }：签字确认 PDF 的语言为{ $language }
cli-review-language-set = 审查 { $id }：签字确认 PDF 的语言已改为{ $language }（版本 { $revision }）
cli-compare-note = 注意：{ $warning }
cli-compare-rank = 第 { $rank } 名
cli-compare-not-ranked = 未排名
cli-compare-heading = { $title }（编号 { $id }，{ $rank }）
cli-compare-plan = 套餐
cli-compare-total-cost = 总费用
cli-compare-monthly-average = 月均费用
cli-compare-uptime = 可用性
cli-compare-support-hours = 技术支持时间
cli-compare-critical-response = 紧急故障响应时间
cli-compare-flags = 提示
cli-compare-flags-value = 不可接受 { $breakers } 条，需谈判 { $negotiate } 条
cli-compare-areas-reviewed = 已评级审查项
cli-compare-areas-value = { $reviewed }{ " / " }{ $total }
cli-compare-missing = 缺少
cli-signed-since = 审查 { $id } 已是签署的合同，签署日期 { $date }
cli-signed-no-longer = 审查 { $id } 已不再标为已签署
cli-no-signed-contracts = 没有已签署的合同。用 `voip-review mark-signed ID --on DATE` 把审查标为已签署。
cli-no-deadlines-within = 今后 { $days } 天内没有截止日期。
cli-no-deadlines = 今后没有截止日期。
cli-deadlines-date = 日期
cli-deadlines-when = 还有多久
cli-deadlines-contract = 合同
cli-deadlines-deadline = 截止事项
cli-deadlines-overdue = 已逾期
cli-calendar-written = { $path }（{ $events } 个事件，{ $contracts } 份合同）
cli-letter-written = { $path }（{ $pages } 页，{ $bytes } 字节）
# --db 指向的文件不存在：打错路径不应新建一个空数据库（只有 `sample` 和 `import` 会新建）。
cli-refuse-missing-db = { $path } 处没有数据库：请检查路径（只有 `sample` 和 `import` 会新建数据库）
# 备份的原因（src/store/backup.rs），用于 `backups` 列表。
backup-reason-daily = 每日自动
backup-reason-before-restore = 恢复之前
backup-reason-before-upgrade = 升级之前
backup-reason-manual = 立即备份
