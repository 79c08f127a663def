import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { renderMeter } from '../../internal/progress-meter.js';
import { isolate, userText } from '../../internal/user-text.js';
import type { Petition, Threshold } from '../../protocol/petitions.js';
import { isReached, progressPercent } from './progress.js';
import type { ThresholdProgress } from './progress.js';

/** The next goal in words: "an official response", "“Bike lanes”", "the next goal", … */
function goalPhrase(threshold: Threshold, localize: LocalizeController): string {
  if (threshold.kind === 'custom') {
    return threshold.label
      ? localize.term('petition.goal.custom', { label: isolate(threshold.label) })
      : localize.term('petition.goal.next');
  }
  return localize.term(`petition.goal.${threshold.kind}`);
}

function milestoneName(threshold: Threshold, localize: LocalizeController): unknown {
  if (threshold.kind === 'custom')
    return threshold.label ? userText(threshold.label) : localize.term('petition.milestone.custom');
  return localize.term(`petition.milestone.${threshold.kind}`);
}

/** The whole sentence a screen reader reads for the progress bar. */
export function progressSentence(
  p: Petition,
  progress: ThresholdProgress,
  localize: LocalizeController,
): string {
  const parts = [localize.plural('signatures', progress.total)];
  if (progress.next) {
    const goal = goalPhrase(progress.next, localize);
    parts.push(
      localize.plural('petition.goalLine', progress.next.count, { goal }),
      localize.term('petition.percentOfGoal', {
        percent: localize.percent(progress.percent / 100),
      }),
    );
    if (p.state === 'open') {
      parts.push(localize.plural('petition.moreNeeded', progress.remaining, { goal }));
    }
  } else {
    parts.push(localize.term('petition.allReached'));
  }
  return `${parts.join('. ')}.`;
}

/** The signature count (`shown`, which may be rolling towards the total) and the offline signatures. */
export function renderCount(
  p: Petition,
  progress: ThresholdProgress,
  shown: number,
  localize: LocalizeController,
): TemplateResult {
  return html`<p class="count" part="count">
      <span class="count-number">${localize.number(shown)}</span>
      <span class="count-label">${localize.plural('petition.signaturesLabel', progress.total)}</span>
    </p>
    ${
      p.offlineSignatureCount > 0
        ? html`<p class="offline">${localize.plural('petition.offline', p.offlineSignatureCount)}</p>`
        : nothing
    }`;
}

/** The next goal, the bar towards it (with a mark at each goal before it) and how far there is to go. */
export function renderProgress(
  p: Petition,
  progress: ThresholdProgress,
  localize: LocalizeController,
): unknown {
  if (progress.scaleMax === 0) return nothing;
  const { next } = progress;
  const goal = next ? goalPhrase(next, localize) : '';
  const marks = p.thresholds.filter((t) => t.count < progress.scaleMax);
  return html`${
      next
        ? html`<p class="progress-goal">${localize.plural('petition.goalLine', next.count, { goal })}</p>`
        : nothing
    }
    ${renderMeter({
      label: localize.term('petition.progressLabel'),
      valueNow: progress.total,
      valueMax: progress.scaleMax,
      valueText: progressSentence(p, progress, localize),
      percent: progress.percent,
      marks: marks.map((t) => ({ percent: progressPercent(t.count, progress.scaleMax) })),
    })}
    <p class="progress-text">
      ${
        next
          ? html`<strong
                >${localize.term('petition.percentOfGoal', {
                  percent: localize.percent(progress.percent / 100),
                })}</strong
              >${
                p.state === 'open'
                  ? html`. ${localize.plural('petition.moreNeeded', progress.remaining, { goal })}`
                  : nothing
              }`
          : html`<strong>${localize.term('petition.allReached')}</strong>`
      }
    </p>`;
}

/** Every goal with its figure, and whether it was reached (and when) or how many signatures it needs. */
export function renderMilestones(
  p: Petition,
  progress: ThresholdProgress,
  localize: LocalizeController,
): unknown {
  if (p.thresholds.length === 0) return nothing;
  return html`<p class="milestones-title" id="milestones-title">${localize.term('petition.milestones')}</p>
    <ol class="milestones" aria-labelledby="milestones-title">
      ${p.thresholds.map((t) => {
        const reached = isReached(t, progress.total);
        return html`<li class=${reached ? 'milestone reached' : 'milestone'}>
          <span class="milestone-figure">${localize.number(t.count)}</span>
          <span class="milestone-name">${milestoneName(t, localize)}</span>
          <span class="milestone-state"
            >${
              reached
                ? t.reachedAt
                  ? localize.term('petition.milestone.reachedOn', { date: localize.date(t.reachedAt) })
                  : localize.term('petition.milestone.reached')
                : p.state === 'open'
                  ? localize.plural('petition.milestone.toGo', t.count - progress.total)
                  : localize.term('petition.milestone.notReached')
            }</span
          >
        </li>`;
      })}
    </ol>`;
}
