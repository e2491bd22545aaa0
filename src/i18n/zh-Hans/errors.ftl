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
