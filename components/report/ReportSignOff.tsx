import { describeSignOff } from "@/lib/report/describe-sign-off";
import type { ReportModel } from "@/lib/report/report-model";
import styles from "./report.module.css";

/** What was signed off (revision, who, when, figures) and whether the text changed since. */
export function ReportSignOff({ model }: { model: ReportModel }) {
  if (!model.signOff) return null;
  const lines = describeSignOff(model.signOff, model.article.revision);
  return (
    <section className={styles.signOff} aria-labelledby="sign-off-heading">
      <h2 id="sign-off-heading">Sign-off</h2>
      {lines.map((line, i) => (
        <p key={i} className={model.signOff!.textChanged && i === lines.length - 1 ? "notice notice--warning" : undefined}>
          {line}
        </p>
      ))}
    </section>
  );
}
