// Conditional questions: the same rule as the core's `Template::applies` (src/template/mod.rs).
// A question with `show_if` applies only when the earlier question it names (in the same area,
// itself applying) is answered with one of `any_of`. Questions that do not apply are hidden and
// not counted.

import type { AnswerValue, Area } from "./bindings";

type Answers = Partial<Record<string, AnswerValue>>;

/** The option ids an answer stands for in a `show_if`. */
function chosen(answer: AnswerValue | undefined): string[] {
  if (!answer) return [];
  switch (answer.type) {
    case "choice":
    case "yes_no":
      return [answer.value];
    case "multi_choice":
      return answer.value;
    default:
      return [];
  }
}

export function questionApplies(area: Area, questionId: string, answers: Answers): boolean {
  let id = questionId;
  // Conditions only look back (checked by the core), so the chain ends; the bound is a guard.
  for (let step = 0; step <= area.questions.length; step++) {
    const question = area.questions.find((q) => q.id === id);
    const condition = question?.show_if;
    if (!condition) return true;
    if (!chosen(answers[condition.question]).some((c) => condition.any_of.includes(c))) {
      return false;
    }
    id = condition.question;
  }
  return false;
}

/** The area's questions that apply, in template order. */
export function applicableQuestions(area: Area, answers: Answers) {
  return area.questions.filter((q) => questionApplies(area, q.id, answers));
}
