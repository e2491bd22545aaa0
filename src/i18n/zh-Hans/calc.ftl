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

## 拒绝理由：“标签：规则”。
calc-range = 必须在{ $min }到{ $max }{ $unit }之间，而不是{ $value }
calc-percent-range = 必须是{ $min }%到{ $max }%之间的百分比，而不是{ $value }
calc-unit-months = 个月
calc-label-contract-term = 合同期限
calc-label-renewal-term = 续约期限
calc-label-start-date = 计划开始日期
calc-start-too-far = 日期太远，无法计算合同的各个日期
calc-label-notice-period = 提前通知期
calc-notice-longer = { $period }比{ $term }个月的合同期限还长；提前通知期必须短于合同期限
calc-notice-as-long = { $period }与{ $term }个月的合同期限一样长；提前通知期必须短于合同期限
calc-label-addons = 每月附加服务费
calc-label-escalator = 每年涨价（年度涨幅）
calc-label-fixed-fee = 固定解约费
calc-label-walkaway = 无责退出期
calc-label-uptime = 保证可用性
calc-label-monthly-charge = 月费
calc-label-hardware-payment = 每月硬件分期付款
calc-label-promotion-months = 优惠价月数
calc-label-hardware-payments = 硬件分期付款月数
calc-label-numbers-ported = 需要携出的号码数
calc-label-paid-support = 每月付费技术支持
calc-label-percent-remaining = 按剩余合同价值收取的百分比
calc-label-promotion-discount = 优惠折扣
calc-label-seats = 座席数
calc-label-seat-growth = 每年新增座席数
calc-label-sliding-scale = 递减比例
calc-unit-days = 天
calc-unit-months-term = 个月（合同期限）
calc-unit-numbers = 个号码
calc-unit-seats = 个座席
calc-money-range = 必须是0到1,000,000,000之间的金额
calc-exit-too-large = 会使离开的成本超过 { $max }，即本应用能累加的最大金额
