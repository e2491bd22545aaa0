# 已存储取值的显示标签（评级、是／否、决定、计费方式、纸张）以及答案和审查历史的措辞。
# 归 “content” 部分所有；id 以 content- 开头。

content-rating-not-reviewed = 未评级
content-rating-acceptable = 可接受
content-rating-negotiate = 需谈判
content-rating-deal-breaker = 不可接受
content-rating-not-applicable = 不适用

content-yes = 是
content-no = 否
content-not-sure = 不确定

content-decision-approve = 批准
content-decision-approve-with-conditions = 有条件批准
content-decision-reject = 拒绝

content-field-notes = 备注
content-field-clause-reference = 条款编号
content-field-clause-text = 引用的条款原文

content-charge-basis-field = 月费计费方式
content-charge-basis-total = 整个账户
content-charge-basis-per-seat = 每个座席
content-charge-basis-charge = { $basis }每月 { $amount }

content-paper-a4 = A4 纸
content-paper-letter = 美国信纸（Letter）

content-answer-days = { $count } 天
content-answer-months = { $count } 个月
content-answer-none = 无

content-history-context = 报价详情：{ $field }
content-history-signoff = 签字确认：{ $field }
content-history-quote = 竞争报价
content-history-from-contract = { $what }（来自合同：{ $source }）
content-history-merged = { $question }（现在只问一次）
content-history-rating = 评级
content-history-notes = 备注
content-history-clause-reference = 条款编号
content-history-quoted-clause = 引用的条款原文
content-history-no-fixed-term = 无固定期限
content-history-quote-value = { $provider } — 每月 { $monthly }，{ $term }

content-context-reviewer = 审查人
content-context-company = 公司
content-context-provider = 服务商
content-context-plan = 方案
content-context-quote-reference = 报价编号
content-context-quote-date = 报价日期
content-context-term-months = 合同期限（月）
content-context-start-date = 开始日期
content-context-seats = 座席数
content-context-monthly-charge = 月费
content-context-currency = 币种

content-signoff-signed-on = 合同签署日期
content-signoff-approver-name = 批准人姓名
content-signoff-approver-role = 批准人职务
content-signoff-decision = 决定
content-signoff-conditions = 条件
content-signoff-date = 日期

content-guide-contract-term = 合同期限
