# 桌面外壳自己的文字：窗口标题栏，以及系统文件对话框的标题和文件类型筛选名称（src-tauri/）。
# 编号以 `shell-` 开头。

shell-window-title = VoIP 合同审查
shell-window-title-test-build = { $product } — 测试版本
shell-window-title-development-build = { $product } — 开发版本（界面来自开发服务器）

shell-dialog-export-pdf = 导出签字确认 PDF
shell-dialog-export-review-file = 导出审查文件
shell-dialog-import-review-file = 导入审查文件
shell-dialog-calendar = 把截止日期加入日历
shell-dialog-notice-letter = 保存通知函
shell-dialog-read-contract = 读取合同（请选中全部文件：主服务协议、服务等级协议（SLA）、订单）

shell-filter-pdf = PDF 文档
shell-filter-review-file = 审查文件
shell-filter-calendar = 日历文件
shell-filter-contract = 合同文件
