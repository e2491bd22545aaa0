# 审查结论：建议评级、数据、向服务商提的问题和比较（src/insights/）。ID 以“insights-”开头。
# 谈判手册的规则和理由是谈判手册表（src/insights/playbook.rs）中的数据，两种语言都在那里。

## 建议评级（src/insights/playbook.rs）

insights-suggest-not-sure = { $count }个关键问题（{ $questions }）的答案是“不确定”：请先拿到书面答复，此审查项才能评为可接受。
insights-suggest-missing = 请先回答{ $count }个关键问题，才能给出建议：{ $questions }。
insights-suggest-all-clear = 没有触发任何谈判手册规则，所有关键问题也都已回答。
