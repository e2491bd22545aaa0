# 保存对话框中建议的文件名（应用），以及 CLI 未给出 `--out` 时写入的文件名：src/files.rs。
# 文件名使用文件本身的语言（签字确认 PDF、审查文件、通知函和单个合同的日历跟随审查的语言）。
# “<服务商> – <文件> – <日期>.<扩展名>”；日期在所有语言中都是 ISO 格式。

files-document-review = VoIP 合同审查
files-document-notice-letter = 不续约通知函
files-document-deadlines = 合同期限
# 没有服务商名称的审查。
files-unnamed-review = 审查
# 所有已签合同的日历。
files-all-deadlines = 合同期限
