# 签字确认 PDF 与通知函中由 src/pdf/ 自己写出的文字：标题、标签、表头、页脚和文档元数据。
# 归 i18n-pdf 部分所有。

pdf-title = VoIP 合同审查 – { $provider }
pdf-title-with-plan = VoIP 合同审查 – { $provider } – { $plan }
pdf-subject = { $provider } VoIP 合同报价审查的签字确认摘要
pdf-keyword-review = 合同审查
pdf-keyword-signoff = 签字确认
pdf-keyword-fingerprint = 指纹 { $fingerprint }
pdf-footer = 生成于 { $generated } · 审查版本 { $revision } · 指纹 { $fingerprint }
pdf-footer-page = 第 { $page } 页，共 { $total } 页
pdf-generated-at = { $date } { $time }（UTC 时间）

pdf-summary-kicker = VoIP 合同审查 · 签字确认摘要
pdf-example-banner = 示例审查（{ $title }）：示例数据，并非真实报价。
pdf-fact-term = 合同期限 { $months } 个月
pdf-fact-seats = { $count } 个座席
pdf-fact-starts = { $date }起
pdf-fact-reviewed-by = 审查人：{ $name }
pdf-fact-revision = 版本 { $revision } · 指纹 { $fingerprint }
pdf-fingerprint-explained = 指纹：{ $explanation }
pdf-five-figures = 最重要的五个数字
pdf-detail-follows = 后附详细内容：每个数字的算法，十个审查项的全部回答、证据和备注，竞争报价，以及签字确认栏。
pdf-flags = 提示
pdf-flags-none = 无：谈判手册的规则均未触发。
pdf-flags-count = 共 { $flags } 条提示：{ $breakers ->
    [0] 没有可能不可接受的提示
   *[other] { $breakers } 条可能不可接受，需要决定
}；{ $negotiate } 条需谈判。
pdf-flags-more = ……另有 { $count } 条提示，见后文各审查项。
pdf-questions = 向服务商提出的问题
pdf-questions-none = 无：关键回答均已填写，也没有标为“不确定”的回答。
pdf-questions-count = 共 { $count } 个问题，签字前请服务商书面答复。
pdf-questions-more = ……另有 { $count } 个问题，见后文详细内容。
pdf-list-separator = { "、" }
pdf-area-list-separator = { "；" }
pdf-not-enough-answers = 回答不足，无法计算
pdf-cost-to-leave = 第 12 / 24 个月后解约的费用
pdf-downtime = 服务等级协议（SLA）允许的停机时间
pdf-headroom = 上行带宽余量
pdf-item-with-area = { $item }{ "（" }{ $area }{ "）" }
pdf-flag-line = { $severity }{ " · " }{ $area }{ "：" }{ $reason }

pdf-decision = 结论
pdf-decision-ratings = 已评级 { $reviewed } / { $total } 个审查项：可接受 { $acceptable } 个，需谈判 { $negotiate } 个，不可接受 { $breakers } 个，不适用 { $not-applicable } 个，未评级 { $not-reviewed } 个。
pdf-decision-breakers = 不可接受：{ $areas }。
pdf-decision-negotiate = 签字前需谈判：{ $areas }。
pdf-decision-playbook = 谈判手册共提出 { $flags } 条提示，{ $breakers ->
    [0] 其中没有可能不可接受的提示
   *[other] 其中 { $breakers } 条可能不可接受
}；下面列出向服务商提出的 { $questions } 个问题。
pdf-decision-approver = 审批人的决定：{ $decision }。

pdf-detail-kicker = 详细内容
pdf-key-figures = 关键数字
pdf-col-figure = 数字
pdf-col-value = 数值
pdf-col-worked-out = 算法
pdf-areas-at-a-glance = 十个审查项一览
pdf-col-number = 序号
pdf-col-area = 审查项
pdf-col-rating = 评级
pdf-col-suggested = 建议评级
pdf-col-answered = 已回答
pdf-col-clause = 条款
pdf-fact-company = 公司
pdf-fact-provider = 服务商
pdf-fact-plan = 套餐
pdf-fact-quote-reference = 报价编号
pdf-fact-quote-date = 报价日期
pdf-fact-term-label = 合同期限
pdf-fact-term-months = { $months } 个月
pdf-fact-start-date = 开始日期
pdf-fact-seats-label = 座席
pdf-fact-monthly-charge = 月费
pdf-fact-reviewer = 审查人
pdf-fact-review-status = 审查状态
pdf-fact-revision-label = 版本
pdf-fact-revision-value = { $revision } · 指纹 { $fingerprint }

pdf-area-heading = 第 { $number } 项　{ $title }
pdf-area-rating = 评级：{ $rating }
pdf-playbook-agrees = 谈判手册建议：{ $rating }（一致）
pdf-playbook-overridden = 谈判手册建议：{ $rating }（以审查人的评级为准）
pdf-flag-deal-breaker = • 不可接受：{ $reason }
pdf-flag-negotiate = • 需谈判：{ $reason }
pdf-figure-line = { $label }{ "：" }{ $value }
pdf-severity-table-title = { $title }{ "：" }
pdf-no-reference = （无条款编号）
pdf-contract-clause = 合同条款：{ $reference }
pdf-col-question = 问题
pdf-col-answer = 回答
pdf-no-answers = 本审查项尚无回答。
pdf-notes = 备注
pdf-col-severity = 故障级别
pdf-col-response = 响应时间
pdf-col-on-the-scale = 评价
pdf-col-resolution = 解决时间
pdf-not-stated = 未说明

pdf-owner-checks = 签字前请自行核实
pdf-owner-checks-intro = 只有您自己能核实的事项，以及您自己标为“不确定”的回答。这些不是向服务商提出的问题。
pdf-open-questions-intro = 所有标为“不确定”的回答和仍未填写的关键回答。签字前请服务商逐一书面答复。

pdf-competing-quotes = 竞争报价
pdf-this-review = { $provider }（本次审查）
pdf-quote-with-notes = { $provider }{ "：" }{ $notes }
pdf-quote-incomplete = 信息不全，未参与排名：缺少{ $missing }。
pdf-col-rank = 排名
pdf-col-provider = 服务商
pdf-col-monthly = 月费
pdf-col-term = 期限
pdf-col-upfront = 一次性费用
pdf-col-like-for-like = 同口径总额

pdf-words-used = 本审查用到的术语
pdf-glossary-line = { $term }{ "：" }{ $explanation }

pdf-signoff = 签字确认
pdf-signoff-approve = 批准
pdf-signoff-approve-with-conditions = 有条件批准
pdf-signoff-reject = 拒绝
pdf-signoff-reviewer = 审查人：{ $name }
pdf-signoff-approver = 审批人：{ $name }
pdf-signoff-approver-with-role = { $name }{ "，" }{ $role }
pdf-signoff-decision = 决定：{ $choices }
pdf-signoff-date = 日期：{ $date }
pdf-signoff-conditions = 条件：
pdf-signoff-reviewer-signature = 审查人签字
pdf-signoff-approver-signature = 审批人签字
pdf-signoff-signature-date = 日期

pdf-letter-to = 致：{ $to }
pdf-letter-subject = 事由：{ $subject }
pdf-letter-greeting = { $to }{ "：" }
pdf-letter-closing =
    此致
    敬礼！
pdf-letter-signed-for = 代表上述客户签署。
pdf-letter-metadata-subject = 致 { $to } 的不续约通知
pdf-letter-keyword-notice = 通知
pdf-letter-keyword-non-renewal = 不续约
