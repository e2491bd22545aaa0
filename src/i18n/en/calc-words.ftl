# The calculators' labels, names and rules (src/calc/) that the figures, the command line and
# the refusals show, in the caller's language. Owned by the calc-zh part.

## Bandwidth: the line check's fields and refusals.
calc-label-codec = Codec
calc-codec-unknown = must be one of { $codecs }, not "{ $value }"
calc-codec-g722 = G.722 (HD voice)
calc-label-codec-bit-rate = Codec bit rate
calc-label-ptime = Packetisation interval
calc-ptime-offered = { $codec } is sent in { $offered } ms packets, not { $value } ms
calc-label-crtp-header = Compressed RTP header
calc-crtp-header-bytes = must be 2 or 4 bytes, not { $value }
calc-label-crtp = Compressed RTP
calc-crtp-serial-only = applies only on PPP and MLPPP/Frame Relay serial links, not on { $link } (Cisco: cRTP is not available over Ethernet)
calc-label-peak-calls = Peak concurrent calls
calc-unit-calls = calls
calc-label-video-meetings = Concurrent video meetings
calc-unit-meetings = meetings
calc-label-video-rate = Video rate per meeting
calc-label-headroom = Headroom
calc-label-measured-up = Measured upload speed
calc-label-measured-down = Measured download speed

## The link the calls cross.
calc-link-ip = IP only (no link-layer header)
calc-link-ethernet = Ethernet
calc-link-ethernet-8021q = Ethernet with an 802.1Q VLAN tag
calc-link-ppp = PPP serial line
calc-link-mlppp = MLPPP or Frame Relay (FRF.12)

## Call quality against its limits.
calc-quality-latency = One-way latency
calc-quality-jitter = Jitter
calc-quality-loss = Packet loss
calc-quality-guidance = common VoIP guidance

## SLA: the year of the reference figure, the measurement window and its lengths.
calc-year-365 = 365-day year
calc-year-gregorian = 365.2425-day year
calc-window-day = day
calc-window-week = week
calc-window-month = calendar month
calc-window-quarter = calendar quarter
calc-window-year = calendar year
calc-length-day = a day
calc-length-week = a week
calc-length-february = February (28 days)
calc-length-leap-february = a 29-day February (leap year)
calc-length-month = a { $days }-day month
calc-length-quarter = a { $days }-day quarter
calc-length-leap-year = a leap year (366 days)
calc-length-year = a { $days }-day year

## SLA refusals.
calc-label-window-length = Length of the measurement window
calc-window-days = a { $window } has { $allowed } days, not { $value }
calc-label-outage-month = Month of the outage
calc-outage-month-format = must be a month as YYYY-MM, not { $value }
calc-out-of-range = is out of range
calc-label-outage = Outage length
calc-unit-outage-seconds = seconds (the length of { $window })
calc-label-tier-threshold = Credit tier { $n }: uptime threshold
calc-label-tier-credit = Credit tier { $n }: credit
calc-label-credit-cap = Credit cap
calc-not-negative = must not be negative

## Cost to leave: refusals.
calc-sliding-needs-step = needs at least one step
calc-label-sliding-step = Sliding scale step { $n }
calc-sliding-later = must start later than the step before it
calc-sliding-declines = must not be higher than the step before it (the scale declines)
calc-label-port-out-fee = Fee per number to port out
calc-label-leaving-month = Month of leaving
calc-leaving-month-range = must be between 0 and the { $term }-month term, not { $value }

## Total cost: the taxes label and the sum too large to add up.
calc-label-taxes = Taxes and fees
calc-tco-too-large = with { $growth } seats added a year, a { $escalator } % yearly increase and a { $term }-month term, the { $what } would be more than { $max }, the largest amount the app can add up; check the monthly charge, the seats added per year and the escalator
calc-sum-upfront-total = upfront total
calc-sum-seat-count = seat count
calc-sum-plan-charge = plan charge
calc-sum-monthly-charge = monthly charge
calc-sum-yearly-subtotal = yearly subtotal
calc-sum-recurring-total = recurring total
calc-sum-tax = tax
calc-sum-total-cost = total cost

## Support: working days and how the monthly cost was found.
calc-weekday-monday = Monday
calc-weekday-tuesday = Tuesday
calc-weekday-wednesday = Wednesday
calc-weekday-thursday = Thursday
calc-weekday-friday = Friday
calc-support-rule-per-incident = price per incident × incidents a year ÷ 12
calc-support-rule-included = included in the price
calc-support-rule-included-first-year = included in year 1, the paid plan from month 13
calc-support-rule-tiered = the monthly cost of the tier you need
calc-support-rule-paid-plan = the paid plan's monthly cost
calc-support-rule-entered = the monthly cost entered

## Support: a response time's grade on the scale.
calc-grade-excellent = excellent
calc-grade-good = good
calc-grade-weak = weak
