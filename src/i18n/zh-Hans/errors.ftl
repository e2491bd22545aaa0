# 核心的错误消息（src/error.rs、数据库、文件）。由 i18n-errors 部分维护。
# ID 以 “error-” 开头。

error-review-not-found = 不存在编号为 { $id } 的审查（可能已被删除）。
error-database-too-new = 位于 { $path } 的数据库由更新版本的 VoIP Contract Review 写入（结构版本 { $found }；本版本最多支持 { $supported }）。数据库未作任何改动。请更新应用，或选择另一个数据库文件。
error-database-damaged = 位于 { $path } 的数据库已损坏（{ $reason }）。它已被移到 { $moved_to }，其中内容没有任何改动。请恢复最近的自动备份，或从空数据库开始。
error-database-open = 无法打开位于 { $path } 的数据库：{ $reason }
error-database-in-use = { $action }需要独占位于 { $path } 的数据库，但{ $holder }。没有作任何改动；请关闭它后重试。
error-corrupt = 无法读取已保存的数据：{ $what }
error-disk-full = 存放审查的磁盘已满，这次修改没有保存；之前保存的内容完好无损。请腾出空间后重试。
error-read-only = 存放审查的文件夹是只读的，这次修改没有保存；之前保存的内容完好无损。请检查该文件夹的权限。
error-cannot-open = 无法打开数据库文件：{ $detail }
error-database = 数据库出错：{ $detail }

# 操作系统错误的中文说法（英文保留系统原文）。
error-io-not-found = 文件或文件夹不存在
error-io-permission-denied = 没有权限
error-io-already-exists = 文件已存在
error-io-storage-full = 磁盘空间不足
error-io-read-only = 文件系统是只读的

# 谁占用了数据库的锁，以及是什么操作需要它。
error-lock-action-opening = 打开数据库
error-lock-action-moving-damaged = 移走已损坏的数据库
error-lock-action-upgrading = 将数据库升级到本版本
error-lock-action-restoring = 恢复备份
error-lock-holder-restoring = 另一个程序正在恢复或升级它
error-lock-holder-open = 另一个程序正打开着它（VoIP Contract Review 应用或 voip-review 命令）

# 文件操作失败时正在做什么：“<这里>：<路径>：<原因>”。
error-io-lock-file = 无法打开数据库的锁文件
error-io-lock = 无法锁定数据库
error-io-create-database = 无法创建数据库
error-io-flush-folder = 无法将文件夹写入磁盘
error-io-create-data-folder = 无法创建数据文件夹
error-io-read-permissions = 无法读取权限
error-io-make-private = 无法将其设为仅本用户可访问
error-io-folder-missing = 文件夹不存在
error-io-write-folder = 无法写入文件夹
error-io-write-file = 无法写入文件
error-io-flush-file = 无法将文件写入磁盘
error-io-move-into-place = 无法将文件放到目标位置
error-io-read-backups = 无法读取备份文件夹
error-io-write-backup = 无法在此处写入备份
error-io-flush-backup = 无法将备份写入磁盘
error-io-finish-backup = 无法完成备份
error-io-move-damaged = 无法移走已损坏的数据库
error-io-write-data-folder = 无法写入数据文件夹
error-io-flush-restored = 无法将恢复的数据库写入磁盘
error-io-backup-missing = 备份已完成，但找不到它，位置
error-io-read-review-file = 无法读取审查文件
error-io-put-restored = 无法将恢复的数据库放到原位
error-io-read-contract = 无法读取合同

# 数据库拒绝的操作。
error-label-competing-quotes = 竞争报价
error-rule-max-quotes = 一份审查最多保存 { $max } 个竞争报价；请先删除一个
error-rule-quote-not-found = 这份审查中没有编号为 { $id } 的竞争报价（可能已被删除）
error-label-page = 页面
error-rule-page = 必须是“{ $context }”、“{ $summary }”或审查中的一个审查项
error-label-backup = 备份
error-rule-backup-unknown = { $backup } 不是此数据库在 { $dir } 中的备份；只能从该列表中恢复（命令 `voip-review backups`，或应用中的“备份”）
error-rule-backup-damaged = { $backup } 无法恢复：{ $reason }
error-label-area = 审查项
error-rule-not-an-area = “{ $value }”不是十个审查项之一
error-rule-months-number = 必须是月数
error-rule-already-answered = 已有不同的答案；如要采用合同中的值，请选择“替换我的答案”

# 破坏性操作的频率限制：“恢复：为保护你的数据，10 分钟内最多恢复 3 次……”。
error-label-restore = 恢复
error-label-purge = 永久删除
error-rule-pace = 为保护你的数据，{ $window }内最多{ $count }；请 { $wait }后重试
error-pace-restores = 恢复 { $n } 次
error-pace-purges = 永久删除 { $n } 份审查
error-span-seconds = { $n } 秒
error-span-minutes = { $n } 分钟

# 无法导入的审查文件：“审查文件：<位置>：<规则>”。
error-label-review-file = 审查文件
error-file-at = { $path } 处：{ $rule }
error-file-at-field = { $path } 处（{ $label }）：{ $rule }
error-file-too-large = 文件有 { $size } 字节；审查文件最多 { $max } 字节
error-file-larger-than = 文件超过 { $max } 字节，这是审查文件的上限
error-file-not-utf8 = 不是 UTF-8 文本（第 { $byte } 字节）
error-file-not-json = 不是有效的 JSON（第 { $line } 行，第 { $column } 列：{ $detail }）
error-file-duplicate-key = 在同一对象中出现了两次；审查文件中每个字段只能出现一次
error-file-not-object = 必须是 JSON 对象
error-file-format-wrong = 必须是“{ $format }”，而不是“{ $value }”
error-file-format-missing = 必须填写，且必须是“{ $format }”
error-file-version-missing = 必须填写，且必须是整数
error-file-version-newer = 此文件使用格式版本 { $version }，比本应用支持的版本（{ $supported }）更新；请更新 VoIP Contract Review 后再打开
error-file-version-zero = 必须大于等于 1
error-file-signed-on-early = 出现在格式版本 { $version } 的文件中；合同签署日期是在格式版本 4 中加入的
error-file-name-length = 必须是 1 到 300 个字符
error-file-sha256 = 必须是 64 位十六进制数字（SHA-256）
error-file-true-false = 必须是 true 或 false
error-file-not-regular = { $path } 不是普通文件（而是文件夹、管道或设备）；请选择由本应用保存的审查文件
error-file-area-twice = “{ $value }”出现了不止一次
error-file-not-a-question = 不是模板中的问题
error-file-max-quotes = 最多包含 { $max } 个竞争报价

# 合同读取器的拒绝：“<文件名>：无法读取：<原因>。没有作任何改动。”
error-contract-refused = 无法读取：{ $why }。没有作任何改动。
error-contract-stopped = 读取已停止
error-contract-too-large = 文件有 { $size } MB，超过了合同文件 { $max } MB 的上限
error-contract-damaged-pdf = 这是一个已损坏的 PDF
error-contract-scan = 它没有文字层（看起来是扫描件）。请向服务商索取带文字的 PDF 或 DOCX 版合同，或直接粘贴文字
error-contract-no-text = 其中没有文字
error-contract-paste-too-long = 粘贴的文字超过 50 MB
error-label-pasted-text = 粘贴的文字
error-contract-paste-empty = 是空的：请先粘贴合同的文字
error-contract-not-a-document = 它不是文本、DOCX 或 PDF 文件（请选择 PDF、DOCX 或纯文本格式的合同）
error-contract-docx-damaged = 其文字部分已损坏（{ $detail }）
error-contract-docx-deep = 其文字部分嵌套超过 { $max } 层
error-contract-encrypted = 它已加密（受密码保护）。请向服务商索取未加密的副本，或直接粘贴文字
error-contract-unreadable-pdf = 它不是可读取的 PDF（{ $detail }）
error-contract-too-many-pages = 它有 { $pages } 页，超过了 { $max } 页
error-contract-page-unreadable = 第 { $page } 页无法读取（{ $detail }）
