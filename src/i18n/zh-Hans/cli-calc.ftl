# 命令行 `calc` 和 `read-contract` 的输出及其自身的拒绝理由（cli/），用 --lang 或区域设置的语言；
# JSON 输出从不翻译。由 zh-words 部分维护。

## 命令行参数的拒绝理由。
cli-refuse-label-review = 审查
cli-refuse-not-signed = 编号 { $id } 尚未标记为已签署；请用 `voip-review mark-signed { $id } --on DATE` 标记
cli-refuse-id-or-all = 请给出审查编号或 --all
cli-refuse-no-db = 找不到数据文件夹；请用 --db PATH 指定审查数据库，或设置 VOIP_REVIEW_DB
cli-refuse-file-too-big = 无法读取：文件超过了合同文件的上限 { $megabytes } MB。未做任何更改。

## read-contract
cli-read-document = { $name }（{ $pages } 页，SHA-256 { $sha256 }）
cli-read-nothing-found = 没有找到能回答审查问题的内容。
cli-read-note = 注意：{ $note }
cli-read-refers = 引用了其他文件：{ $topic }见 { $target }（{ $location }）
cli-read-nothing-filled = 未填写任何回答：合同能回答的问题都已有回答。
cli-read-filled = 已为审查 { $id } 填写 { $count } 个回答。

## calc dates
cli-calc-dates-start = 开始日期
cli-calc-dates-term-ends = 合同期限结束
cli-calc-dates-renewal = 续约日
cli-calc-dates-notice-by = 通知送达截止日
cli-calc-dates-rule = 规则
cli-calc-dates-from = 自{ $today }起
cli-calc-dates-soon = 警告：剩余不足30天
cli-calc-dates-passed = 警告：已来不及阻止本次续约
cli-calc-dates-renews-until = 如不取消，将续约至{ $end }
