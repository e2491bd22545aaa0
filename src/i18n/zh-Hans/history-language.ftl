# 审查语言（签字确认 PDF 和通知函所用的语言）的修改记录，与签字确认的其他修改一样记入历史。
# 编号以 `history-language-` 开头。

history-language-label = PDF 和通知函的语言
