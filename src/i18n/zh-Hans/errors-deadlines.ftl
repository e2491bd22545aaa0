# 已签合同的关键日期（src/deadlines/）：名称、剩余天数、说明和日历文件。由 i18n-errors 部分维护。

deadline-title-notice = 提前通知截止日
deadline-title-renewal = 续约
deadline-title-notice-renewal = 提前通知截止日（第 { $n } 个续约期限）
deadline-title-renewal-end = 第 { $n } 个续约期限结束
deadline-title-term-end = 合同期限结束
deadline-title-walk-away = 无责退出期结束
deadline-title-promotion = 优惠期结束
deadline-title-price-increase = 涨价（第 { $year } 年）
deadline-title-price-lock = 价格锁定结束
deadline-title-warranty = 硬件保修结束

# 距今天数：需要行动的截止日，然后是其他事件。
deadline-days-last-day = 今天是最后一天
deadline-days-left = 还剩 { $n } 天
deadline-days-passed = 已过去 { $n } 天
deadline-days-today = 今天
deadline-days-tomorrow = 明天
deadline-days-ago = { $n } 天前
deadline-days-in = { $n } 天后

deadline-missing-unsigned = 该合同尚未标记为已签署。
deadline-missing-start = 尚未填写开始日期：请在报价详情中填写合同的开始日期，以查看其关键日期。
deadline-missing-dates = 无法计算合同的日期：请检查“取消”页面上的提前通知期。
deadline-none-signed = 没有合同标记为已签署。
deadline-label-calendar = 日历文件
deadline-calendar-empty = 没有可写入的关键日期。{ $why }

deadline-method-missing = 尚未填写通知方式：请查看合同中规定的通知方式。
deadline-method = 通知方式：{ $method }。
deadline-clause = 相关条款：{ $clause }。
deadline-renewal-another = 再续一个期限
deadline-renewal-for = 续约 { $months } 个月
deadline-notice-detail = 要阻止合同在 { $renewal } 自动续约（{ $renewal_words }；合同期限于 { $end } 结束），通知最迟须于这一天（含当日）送达：{ $rule }。请尽早寄出，确保不晚于这一天送达。{ $clause }{ $method }
deadline-renewal-detail = 除非最迟于 { $deadline }（含当日）送达通知，否则合同将自动续约（{ $renewal_words }）。
deadline-renewal-end-detail = 第 { $n } 个续约期限的最后一天；如按时发出通知，合同在这一天结束。
deadline-passed-next = 提前通知截止日已于 { $passed } 过去：合同将于 { $renewal } 续约（{ $renewal_words }）。下一个可退出的日期是 { $exit }，即该期限结束之日；通知最迟须于 { $next_deadline }（含当日）送达。
deadline-passed-unknown = 提前通知截止日已于 { $passed } 过去：合同将于 { $renewal } 续约。尚未填写续约期限，因此无法确定下一个可退出的日期：请询问服务商，并在“取消”页面填写续约期限。
deadline-term-end-no-renewal = 合同期限的最后一天；合同不会自动续约。
deadline-term-end-unknown = 合同期限的最后一天。尚未填写提前通知期：请确认合同是否续约，以及需要提前多久通知。
deadline-walk-away-detail = 不付提前解约费即可退出的最后一天：无责退出期为自开始日期 { $start } 起 { $days } 天。{ $clause }{ $method }
deadline-promotion-detail = { $months } 个月的优惠价已结束：月费从 { $from } 涨到 { $to }（税前）。
deadline-price-increase-detail = 第 { $anniversary } 个周年日：{ $percent } % 的年度涨幅使月费从 { $from } 涨到 { $to }（税前）。
deadline-price-lock-detail = 月费在合同期限内锁定，期限在这一天结束：请在提前通知截止日前书面询问续约价格。
deadline-warranty-detail = { $months } 个月硬件保修的最后一天，自开始日期 { $start } 起算；如保修从交付起算，则按话机早于开始日期到货的天数相应提前结束。请在这一天前报修有故障的话机。

# 日历文件。
deadline-calendar-name-one = 合同关键日期：{ $contract }
deadline-calendar-name = 合同关键日期
deadline-calendar-category = 合同关键日期
deadline-calendar-summary = { $contract } 的{ $title }
deadline-calendar-alarm = 还有 { $days } 天：提前通知必须送达的最后一天（{ $date }）。{ $contract }

# 无法生成提前通知函的原因。
deadline-label-letter = 提前通知函
deadline-letter-unsigned = 需要已签署的合同：请先将该审查标记为已签署
deadline-letter-renewal-unknown = 提前通知截止日已过，且尚未填写续约期限，因此无法确定要求终止的日期：请在“取消”页面填写续约期限
deadline-letter-no-end = 无法计算合同期限的结束日期：请检查开始日期和合同期限
