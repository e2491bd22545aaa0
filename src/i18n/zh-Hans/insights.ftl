# 审查结论：建议评级、数据、向服务商提的问题和比较（src/insights/）。ID 以“insights-”开头。
# 谈判手册的规则和理由是谈判手册表（src/insights/playbook/rules.rs）中的数据，两种语言都在那里。

## 建议评级（src/insights/playbook/）

insights-suggest-not-sure = { $count }个关键问题（{ $questions }）的答案是“不确定”：请先拿到书面答复，此审查项才能评为可接受。
insights-suggest-missing = 请先回答{ $count }个关键问题，才能给出建议：{ $questions }。
insights-suggest-all-clear = 没有触发任何谈判手册规则，所有关键问题也都已回答。

## 提前解约的费用构成（src/insights/figures/）

insights-exit-walkaway = 免收提前解约费（服务第{ $day }天，仍在免费退出期内）
insights-exit-fee = 提前解约费{ $fee }（剩余{ $months }个月，合计{ $remaining }）
insights-exit-breakdown = { $fee } + 号码携出费{ $port } + 优惠返还{ $clawback } + 硬件余款{ $hardware } = { $total }

## 总额中未计入的税费

insights-taxes-not-sure = 未计入税费：是否另收税费的答案是“不确定”。请向服务商确认；税费通常会另加10–20%。
insights-taxes-rate-missing = 未计入税费：税费另收，但尚未填写税率。

## 关键数据（摘要页和PDF）

insights-key-needs = 需要填写{ $what }。
insights-key-needs-monthly-charge = 月费（按座席计价时还需填写座席数）
insights-key-needs-exit = 提前解约费的计算方式和月费
insights-key-needs-uptime = 承诺的可用性
insights-key-needs-bandwidth = 高峰并发通话数和实测上行带宽
insights-key-needs-start = 计划开始日期
insights-key-total-cost = { $term }个月的总费用
insights-key-taxes-not-included = { $amount }，不含税费
insights-key-not-counted = { $amount }，未计入 { $count } 笔其他币种金额
insights-key-not-counted-item = “{ $question }”金额 { $amount }
insights-key-not-counted-detail = { $detail }。未计入的其他币种金额：{ $amounts }。
insights-key-total-cost-detail = 一次性费用{ $upfront } + 月费{ $recurring }
insights-key-plus-taxes = { $detail } + 税费{ $taxes }
insights-key-per-seat = { $detail }；每座席每月{ $amount }
insights-key-why = { $why }{ $detail }
insights-key-exit = 第{ $month }个月后解约的费用
insights-key-exit-detail = { $breakdown }；按合同座席数和合同约定的费用计算
insights-key-downtime = 服务等级协议（SLA）允许的停机时间
insights-key-downtime-per-year = 每年{ $duration }
insights-key-downtime-detail = 可用性{ $uptime }：{ $lengths }；按一年365天计为{ $year }
insights-key-downtime-assumed = { $detail }（不知道按什么周期计算可用性：按自然月计算）
insights-key-bandwidth = 上行带宽余量
insights-key-bandwidth-no-upload = 高峰时需要{ $needed }（尚未填写实测上行带宽）
insights-key-bandwidth-detail = 高峰时需要{ $needed }，占实测上行带宽的{ $share }
insights-key-bandwidth-fix = { $detail }：超过80%，上线前需解决线路问题
insights-key-notice = 解约通知最迟送达日（含当日）
insights-key-notice-days-left = { $date }{ "（" }{ $left }{ "）" }
insights-key-notice-detail = { $rule }；否则合同将于{ $renewal }自动续约
insights-key-notice-renewal-term = { $detail }，续约期限{ $months }个月
insights-key-contract-ends = 合同结束日期
insights-key-no-notice = 没有通知截止日期：合同不会自动续约，或者尚未填写提前通知期。

## 问题旁的数据（src/insights/figures/）

insights-figure-error = 请更正上面的答案以查看此数据。
insights-other-currency-label = 未计入计算结果
insights-other-currency-value = { $question }，{ $amount }（本审查使用 { $currency }）
insights-other-currency-detail = 该金额以 { $saved } 保存，不是本审查的货币 { $currency }：各项总额、解约费用和提示都不计入它。请以 { $currency } 重新输入该金额后才会计入。
insights-total-label = { $term }个月的总费用
insights-total-error-label = 总费用
insights-total-year = 第{ $year }年：{ $monthly } × { $months }个月
insights-total-promotion = { $years }；减去优惠：前{ $months }个月减免{ $percent }%，共{ $discount }
insights-total-taxes = + 税费{ $taxes }
insights-total-hardware = + 硬件分期付款{ $total }（{ $months } × { $monthly }）
insights-total-detail = 一次性费用{ $upfront } + 月费合计{ $recurring }（{ $years }）{ $extras }。年度涨幅{ $escalator }%，在每个周年日生效；每年增加{ $growth }个座席。
insights-total-support = 付费技术支持每月{ $monthly }。
insights-total-support-from-13 = 付费技术支持从第13个月起每月{ $monthly }（仅第一年免费）。
insights-total-per-seat = 折合每座席每月：{ $amount }。
insights-upfront-label = 一次性费用合计
insights-upfront-item = { $item }{ $amount }
insights-upfront-tbd = { $total } + 待定费用
insights-upfront-none = 尚未填写一次性费用。
insights-upfront-setup = 开通/激活费
insights-upfront-phones = 话机
insights-upfront-installation = 安装费
insights-upfront-porting = 号码携转费
insights-upfront-shipping = 运费
insights-upfront-deposit = 押金
insights-upfront-training = 培训费
insights-exit-label = 提前解约的费用
insights-exit-after = 第{ $month }个月后：{ $total }
insights-exit-row = 第{ $month }个月后：{ $breakdown }。
insights-exit-seats = 合同约定的座席数
insights-exit-seats-known = 合同约定的{ $seats }个座席
insights-exit-promotion-included = ，含优惠
insights-exit-detail = { $rows }按{ $seats }和各月按合同执行的费用计算（年度涨幅{ $escalator }%{ $promotion }），不含税费；不计入预计增加的座席。
insights-exit-no-walkaway = 没有免费退出期。
insights-exit-walkaway-dated = 免费退出期：{ $days }天，从开始日期{ $start }起按实际天数计算。
insights-exit-walkaway-undated = 免费退出期：{ $days }天；尚未填写开始日期，因此每月按31天（最长的月份）计算，不会高估退出期。
insights-exit-numbers-ported = 请填写要携出的号码数量，才能计算号码携出费。
insights-exit-clawback-unknown = 不知道是否会追回优惠：未计入。
insights-dates-label = 合同日期
insights-dates-renews-for = ，续约{ $months }个月
insights-dates-left = { "（" }{ $left }{ "）" }
insights-dates-notice = 通知最迟须于{ $deadline }（含当日）送达，即{ $rule }{ $left }；否则合同将自动续约{ $renews }
insights-dates-ends-no-renewal = 合同于{ $end }结束；不会自动续约
insights-dates-ends = 合同于{ $end }结束
insights-dates-detail = 合同于{ $start }开始；{ $term }个月的合同期限于{ $end }结束（最后一天），并于{ $renewal }续约。按对应日规则计算。
insights-dates-deadline-explained = 截止日期是通知必须送达的最后一天（而不是寄出的日期）：整个提前通知期必须在{ $basis }之前届满，因此截止日期是该日期减去提前通知期。
insights-dates-basis-not-sure = 不确定条款从哪一天起倒数：按合同期限结束日计算，这是较早的日期，对您更有保障。请向服务商确认。
insights-dates-basis-missing = 尚未填写条款从哪一天起倒数：按合同期限结束日计算，这是较早的日期，对您更有保障。
insights-dates-both-periods = 提前通知期同时填写了天数和月数：采用较早的截止日期。
insights-sla-assumed = 不知道按什么周期计算可用性：按每个{ $window }计算。请向服务商确认：如果按季度或按年计算，一次长时间的故障可能拿不到任何服务积分。
insights-sla-label = 服务等级协议（SLA）允许的停机时间
insights-sla-value = 每个{ $window }允许停机{ $range }（按一年365天计为{ $year }）
insights-sla-detail = 停机时间 = 周期 × (100% − { $uptime }%)，四舍五入到秒。每个{ $window }：{ $lengths }。
insights-sla-maintenance = 每个{ $window }最多{ $maintenance }的计划维护不计入可用性。
insights-sla-maintenance-over = 每个{ $window }最多{ $maintenance }的计划维护不计入可用性，超过了允许的全部停机时间：算上维护，服务在{ $shortest }最多可能有{ $total }不可用。
insights-credits-label = 服务积分
insights-credits-row = { $longest }停机超过{ $threshold }{ $shortest }：{ $percent }%{ $amount }
insights-credits-row-shortest = （{ $days }超过{ $threshold }）
insights-credits-row-amount = （合{ $amount }）
insights-credits-cap = ，上限为{ $cap }%
insights-credits-detail = 服务积分 = 该{ $window }的可用性低于其门槛的最高一档，按月费的百分比计算{ $cap }。同样的故障在较短的{ $window }里占比更大，因此同时给出最长和最短周期的门槛。
insights-support-critical-label = 紧急问题的响应时间
insights-support-critical-value = { $minutes }分钟：{ $grade }
insights-support-critical-detail = 紧急问题（P1，系统瘫痪）的评级标准（参考文章001）：{ $scale }。
insights-severity-label = 各严重级别的响应和解决时间
insights-severity-p1 = 系统瘫痪
insights-severity-p2 = 主要功能受损
insights-severity-p3 = 次要问题，有变通办法
insights-severity-p4 = 咨询或请求
insights-severity-response = { $time }（评级：{ $grade }）
insights-severity-no-response = 未写明
insights-severity-fix = { $time }内解决
insights-severity-no-fix = 未写明解决时间
insights-severity-row = { $severity }：响应{ $response }，{ $fix }
insights-severity-detail = 响应时间按公开的响应承诺评级标准评定：{ $scale }。较低的严重级别通常回复较慢（一般咨询一天内回复很常见）。紧急问题在{ $hours }小时内解决是行业基准。
insights-severity-clock-24x7 = 全天候（24/7）计时。
insights-severity-clock-p1 = P1全天候计时；其他严重级别只在工作时间计时。
insights-severity-clock-unknown = 不知道是全天候计时还是只在工作时间计时。
insights-severity-due = { $weekday } { $time }（{ $elapsed }后）
insights-severity-answered-by = 最晚{ $due }回复
insights-severity-fixed-by = 最晚{ $due }解决
insights-severity-worst = 周五17:00提交的{ $severity }工单{ $due }
insights-severity-value-clock = { $rows }；按工作时间计时：{ $worst }
insights-severity-clock-note = 按工作时间计时，{ $worst }。
insights-severity-business-hours = 工作时间按周一至周五09:00–17:00计算。
insights-severity-clock-logged = 从提交工单时开始计时。
insights-severity-clock-acknowledged = 服务商确认工单后才开始计时：工单在对方队列里等待的时间不计算在内。
insights-severity-clock-start-unknown = 不知道从何时开始计时。
insights-ticket-label = 测试工单
insights-ticket-value = { $time }后首次回复（{ $grade }）
insights-ticket-within = { $value }；在承诺的一般咨询（P4）响应时间{ $promised }之内
insights-ticket-slower = { $value }；慢于承诺的一般咨询（P4）响应时间{ $promised }
insights-ticket-detail = 承诺是否可靠，签约前就能看出来。按公开的评级标准评定：{ $scale }。
insights-patch-label = 严重安全漏洞的修复
insights-patch-within = { $hours }小时：在{ $benchmark }小时的基准之内
insights-patch-slower = { $hours }小时：慢于{ $benchmark }小时的基准
insights-patch-detail = 基准：严重漏洞公开后{ $benchmark }小时内修复，这是公开的软件技术支持政策所承诺的。修复之前，漏洞一直存在。
insights-version-label = 版本技术支持期与合同期限
insights-version-short = { $months }个月：比{ $term }个月的合同期限短{ $short }个月
insights-version-covers = { $months }个月：覆盖{ $term }个月的合同期限
insights-version-detail = 如果某个版本在合同结束前就不再提供修复，就意味着要在合同期内升级，甚至可能要换新话机。公开的政策承诺每个主要版本至少支持36个月。
insights-missing-label = 不提供的必备功能
insights-missing-detail = 套餐无法提供的必备功能属于不可接受。
insights-addon-label = 需额外付费的必备功能
insights-addon-detail = 请在附加服务中填写它们的月费，总费用才会包含这些费用。
insights-bandwidth-label = 所需带宽
insights-bandwidth-value = { $calls }路{ $codec }通话每个方向需要{ $voice }
insights-bandwidth-video = { $value }（另加{ $meetings }路视频{ $video }）
insights-bandwidth-headroom = { $value }；您实测的{ $up } Mbps上行带宽还剩{ $headroom }%余量
insights-bandwidth-fix = { $value }。占上行带宽的{ $share }%（超过80%），上线前需解决线路问题：提升上行带宽、语音优先（QoS）或减少其他流量
insights-bandwidth-zero-upload = { $value }；实测上行带宽为0 Mbps：上线前需解决线路问题
insights-bandwidth-detail =
    每路通话{ $percall } = （{ $payload }字节{ $codec }（{ $rate }）+ { $headers }字节{ $compressed ->
        [yes] 压缩的
       *[no] {""}
    }IP/UDP/RTP头 + { $linkbytes }字节{ $link }头）× 8 × 每秒{ $pps }个包（每{ $ptime } ms一个包）。来源：Cisco《Voice Over IP – Per Call Bandwidth Consumption》（每路通话的带宽消耗，文档7934）。视频按每个会议{ $video } kbps计算。
insights-bandwidth-codec-assumed = 不知道使用哪种编解码器：按最耗带宽的常用编解码器G.711计算。
insights-bandwidth-ptime-assumed = 不知道打包间隔：按通常的{ $ptime } ms计算。
insights-bandwidth-link-assumed = 不知道链路类型：按办公室常用的以太网计算。
insights-bandwidth-max-calls = 在保留20%余量的情况下，这条线路最多可承载{ $max }路这样的通话。
insights-rule-of-thumb-label = 经验估算（供比较）
insights-rule-of-thumb-value = { $calls }路通话 × 100 kbps ≈ 每个方向{ $typical }；按保守的每路500 kbps计算为{ $conservative }
insights-rule-of-thumb-detail = 常向买家介绍的粗略估算：每路通话每个方向约100 kbps；保守的指南按每路500 kbps计算。这只是粗略核对：上面的计算已考虑了您的编解码器、打包方式和链路。
insights-quality-label = 线路质量
insights-quality-row =
    { $metric }为{ $value }{ $unit }（{ $within ->
        [yes] 未超过
       *[no] 超过
    }上限{ $limit }{ $unit }）
insights-quality-detail = 上限：单向延迟 ≤ 150 ms（ITU-T G.114），抖动 ≤ 30 ms，丢包率 ≤ 1%。
insights-warranty-label = 保修期与合同期限
insights-warranty-short = 覆盖{ $term }个月中的{ $months }个月；有{ $uncovered }个月不在保修范围内
insights-warranty-covers = 覆盖整个{ $term }个月的合同期限
insights-warranty-detail = 保修期过后损坏的硬件要由您自费更换。
insights-doa-label = 到货损坏
insights-doa-not-replaced = 不免费更换：运输途中损坏的话机由您承担
insights-doa-same-day = 没有退换期：必须在到货当天报告损坏
insights-doa-replaced-within = 到货后{ $days }天内报告可免费更换
insights-doa-replaced = 可免费更换；未写明报告的期限
insights-doa-report-within = 须在到货后{ $days }天内报告
insights-doa-detail = 话机一到货就拆箱逐台测试：期限从到货日起算，而不是从上线日起算。

## 向服务商提出的问题（复制的文本，src/insights/questions.rs）

insights-questions-title = 就{ $plan }报价{ $reference }向服务商{ $provider }提出的问题
insights-questions-plan-proposed = 拟议的
insights-questions-reference = （报价编号：{ $reference }）
