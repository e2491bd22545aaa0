# 审查结论：建议评级、数据、向服务商提的问题和比较（src/insights/）。ID 以“insights-”开头。
# 谈判手册的规则和理由是谈判手册表（src/insights/playbook.rs）中的数据，两种语言都在那里。

## 建议评级（src/insights/playbook.rs）

insights-suggest-not-sure = { $count }个关键问题（{ $questions }）的答案是“不确定”：请先拿到书面答复，此审查项才能评为可接受。
insights-suggest-missing = 请先回答{ $count }个关键问题，才能给出建议：{ $questions }。
insights-suggest-all-clear = 没有触发任何谈判手册规则，所有关键问题也都已回答。

## 提前解约的费用构成（src/insights/figures.rs）

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
insights-key-notice = 解约通知须在此日期前送达
insights-key-notice-days-left = { $date }（期限：{ $left }）
insights-key-notice-detail = { $rule }；否则合同将于{ $renewal }自动续约
insights-key-notice-renewal-term = { $detail }，续约期限{ $months }个月
insights-key-contract-ends = 合同结束日期
insights-key-no-notice = 没有通知截止日期：合同不会自动续约，或者尚未填写提前通知期。

## 问题旁的数据（src/insights/figures.rs）

insights-figure-error = 请更正上面的答案以查看此数据。
insights-total-label = { $term }个月的总费用
insights-total-error-label = 总费用
insights-total-year = 第{ $year }年：{ $monthly } × { $months }个月
insights-total-promotion = { $years }；减去优惠：前{ $months }个月减免{ $percent }%，共{ $discount }
insights-total-taxes = + 税费{ $taxes }
insights-total-hardware = + 硬件分期付款{ $total }（{ $months } × { $monthly }）
insights-total-detail = 一次性费用{ $upfront } + 月费合计{ $recurring }（{ $years }）{ $extras }。每个周年日涨价{ $escalator }%；每年增加{ $growth }个座席。
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
insights-exit-detail = { $rows }按{ $seats }和各月按合同执行的费用计算（每年涨价{ $escalator }%{ $promotion }），不含税费；不计入预计增加的座席。
insights-exit-no-walkaway = 没有免费退出期。
insights-exit-walkaway-dated = 免费退出期：{ $days }天，从开始日期{ $start }起按实际天数计算。
insights-exit-walkaway-undated = 免费退出期：{ $days }天；尚未填写开始日期，因此每月按31天（最长的月份）计算，不会高估退出期。
insights-exit-numbers-ported = 请填写要携出的号码数量，才能计算号码携出费。
insights-exit-clawback-unknown = 不知道是否会追回优惠：未计入。
insights-dates-label = 合同日期
insights-dates-renews-for = ，续约{ $months }个月
insights-dates-left = ；期限：{ $left }
insights-dates-notice = 通知须在{ $deadline }前送达，即{ $rule }{ $left }；否则合同将自动续约{ $renews }
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
