# 计算器的说明和拒绝理由（src/calc/），用显示它们的界面或终端的语言。由 zh-words 部分维护。

## 提前通知期及其起算点。
calc-notice-days = { $n }天
calc-notice-months = { $n }个月
calc-basis-end-of-term = 合同期限结束
calc-basis-renewal-date = 续约日
calc-notice-rule = { $basis }（{ $from }）前{ $period }

## 距提前通知截止日的天数。
calc-days-last-day = 今天是最后一天
calc-days-left = 还剩{ $n }天
calc-days-passed = 已过{ $n }天
