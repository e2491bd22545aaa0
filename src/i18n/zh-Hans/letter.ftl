# 不续约通知函（src/deadlines/letter.rs，PDF 见 src/pdf/letter.rs）：用审查的语言书写；提醒用显示它的界面的语言。
# 由 zh-words 部分维护。

letter-heading = 不续约通知函
letter-company-placeholder = ［公司名称］
letter-plan-none = 企业电话服务
letter-plan = “{ $plan }”套餐
letter-reference = （账号或报价编号：{ $reference }）
letter-term = { $months }个月
letter-clause-none = 中关于续约和终止的约定
letter-clause = { $clause }的约定
letter-term-current = 合同期限
letter-term-current-renewal = 续约期限
letter-notice = { $company }（以下简称“我司”）现正式通知{ $provider }（以下简称“贵司”）：双方就{ $plan }签订的合同{ $reference }自{ $start }起生效，合同期限为{ $term }，期满后我司不再续约。
letter-end = 根据合同{ $clause }，我司要求该合同于本期{ $which }届满之日，即{ $end }（我司使用服务的最后一天）终止，此后不再续约。
letter-method = 本通知按合同约定的方式发出：{ $method }。
letter-arrive = 本通知最迟于{ $day }（含当日）送达贵司，该日为本期提前通知须送达的最后一天。{ $method }
letter-requests = 请贵司：
letter-request-confirm = 1. 在收到本函后10个工作日内书面确认：合同于{ $end }终止且不再续约，该日之后的任何期间均不再收取费用。
letter-request-numbers = 2. 在我司申请号码携转时，及时将我司的电话号码释放给我司选定的服务商；如有携出费用，请事先告知。
letter-request-export = 3. 在{ $end }之前向我司提供通话记录、通话录音和语音留言的数据导出，并告知其格式及可下载的最后日期。
letter-conclusion = 特此通知。
letter-subject = 关于不再与{ $provider }续约的通知{ $reference }
letter-subject-plan = 关于{ $provider }“{ $plan }”套餐不再续约的通知{ $reference }
letter-signer-role = 授权代表：{ $name }（{ $role }）
letter-how-missing = 请查看合同中规定的通知方式（电子邮件、邮寄或在线门户）。
letter-how = 通知方式：{ $method }。
letter-reminder = 本函最迟须于{ $day }（含当日）送达（{ $days_left }）。请尽早寄出：以送达之日为准，而非寄出之日。请保留送达凭证。{ $how }
letter-reminder-no-notice = 尚未填写提前通知期：合同于{ $end }结束。请尽早寄出本函，并保留送达凭证。{ $how }
