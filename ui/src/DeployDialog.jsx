// "Deploy pipeline": first a review in plain words (what each node creates and when it runs,
// resources by kind, changes versus what is deployed, the always-on cost; Terraform addresses
// one click away), then one deploy job plans, waits for the user's confirmation (the review stays, with
// what the plan does per node), applies exactly that plan with progress per node in words (in the dialog,
// docked at the side once applying, and as badges on the canvas: DeployProgress.jsx), and reports outcome
// and outputs. Terraform's own log is there, collapsed.
// With `attach` (a job of the list: a deploy started earlier, e.g. before the tab was closed) the
// dialog follows that job instead of starting one: its log from the start, then its outcome.
import { useEffect, useMemo, useRef, useState } from 'react'
import { followJob } from './api.js'
import { useDialogKeys } from './dialog.js'
import { canvasStates, deployNodes, failureText, overallText } from './deploystate.js'
import { DeployProgressList, TerraformLog } from './DeployProgress.jsx'

const money = (v) => `$${Number(v).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
// Hourly amounts are often fractions of a cent (a KMS key: $0.0014/h): keep them visible.
function perHour(v) {
  if (!(v > 0 && v < 0.995)) return money(v)
  let text = Number(v).toFixed(4)
  while (text.endsWith('0') && text.split('.')[1].length > 2) text = text.slice(0, -1)
  return `$${text}`
}

export const clock = (t) => new Date(t * 1000).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' })

// What one run adds on top: each job's instances at their price per hour, bounded by the jobs' time limits,
// and what each schedule adds in 30 days; the sentence says it is an estimate and how it was made.
function RunCost({ run }) {
  return (
    <>
      <h3>Cost of a run</h3>
      <p data-testid="review-run-cost">{run.jobs.length > 0
        ? <><b>{perHour(run.hourly)} per hour its jobs run · at most {money(run.at_limit)}</b> if every job ran to its time limit.</>
        : 'A run starts no SageMaker job.'}</p>
      {run.jobs.length > 0 && (
        <table className="outputs" data-testid="review-run-cost-jobs"><tbody>
          {run.jobs.map((j) => <tr key={j.node}><th scope="row">{j.node}</th><td>{j.what}</td><td>{perHour(j.hourly)}/h</td><td>at most {money(j.at_limit)} ({j.limit_hours} h limit)</td></tr>)}
        </tbody></table>
      )}
      {run.schedules.map((s) => (
        <p key={s.node} data-testid="review-run-cost-schedule">“{s.node}” runs on its schedule {s.schedule}, {s.runs_a_month} times in 30 days: {money(s.monthly_per_run_hour)} a month for each hour one of those runs takes.</p>
      ))}
      {run.unpriced.length > 0 && <p className="field-error">Not priced: {run.unpriced.join('; ')}</p>}
      <p className="muted">{run.how}</p>
    </>
  )
}

export function Review({ review }) {
  const { cost, changes, resources } = review
  return (
    <div className="review" data-testid="review">
      <p className="review-lead" data-testid="review-lead">{review.headline[0]}</p>
      <h3>What each part does</h3>
      <ul className="review-nodes" data-testid="review-nodes">
        {review.nodes.map((n) => (
          <li key={n.node} data-node={n.node} style={{ marginLeft: `${(n.node.split('/').length - 1) * 18}px` }}>
            {n.sentence} <span className="muted">({n.resources.length} resources; runs: {n.when})</span>
          </li>
        ))}
      </ul>
      <h3>Always-on cost</h3>
      {cost.local && <p data-testid="review-cost-local"><b>{review.environment}: free.</b> {cost.local}</p>}
      <p data-testid="review-cost"><b>{perHour(cost.hourly)} per hour · {money(cost.monthly)} per month</b> for what runs
        continuously, before jobs, requests, storage and data transfer.</p>
      {cost.items.length > 0 && (
        <table className="outputs" data-testid="review-cost-items"><tbody>
          {cost.items.map((i) => <tr key={i.address}><th scope="row">{i.node}</th><td>{i.what}</td><td>{perHour(i.hourly)}/h</td><td>{money(i.monthly)}/month</td></tr>)}
        </tbody></table>
      )}
      {cost.unpriced.length > 0 && <p className="field-error">Not priced: {cost.unpriced.join('; ')}</p>}
      <p className="muted" data-testid="review-pricing-source">Prices: {cost.table.region} list prices of {cost.table.date} ({cost.pricing_file}).
        Source: {cost.table.source}. {cost.table.note}</p>
      {review.run_cost && <RunCost run={review.run_cost} />}
      <h3>Compared with what is deployed</h3>
      <p data-testid="review-changes" className={changes.deploy_running ? 'field-error' : undefined}>{changes.sentence}</p>
      <h3>Resources by kind ({resources.total})</h3>
      <ul className="review-kinds" data-testid="review-kinds">
        {resources.by_kind.map((k) => <li key={k.type}>{k.count} × {k.kind}</li>)}
      </ul>
      <details data-testid="review-addresses">
        <summary>Terraform addresses ({review.addresses.length})</summary>
        <ul className="addresses" tabIndex={0} aria-label="Terraform addresses">
          {review.addresses.map((a) => <li key={a.address}><code>{a.address}</code> <span className="muted">{a.node}</span>
            {changes.deployed && changes.add.includes(a.address) && <b> new</b>}</li>)}
          {changes.remove.map((a) => <li key={a}><code>{a}</code> <b>goes away</b></li>)}
        </ul>
      </details>
    </div>
  )
}

const OUTCOME = { done: 'succeeded', failed: 'failed', interrupted: 'interrupted' }

export default function DeployDialog({ api, playbook, environment, onClose, onRun, attach = null, onProgress = null }) {
  const [phase, setPhase] = useState(attach ? 'attaching' : api.review ? 'reviewing' : 'planning')
  const [review, setReview] = useState(null)
  const [lines, setLines] = useState([])
  const [plan, setPlan] = useState(null)
  const [result, setResult] = useState(null)
  const [error, setError] = useState(null)
  const [view, setView] = useState(null) // the deploy job as last polled: its plan (pending) and per-node events
  const job = useRef(null)
  const addLines = (more) => setLines((prev) => [...prev, ...more])
  const watch = { onView: setView }
  const items = useMemo(() => deployNodes(view?.pending, view?.events, OUTCOME[phase] || null), [view, phase])

  // The canvas shows the same states; once the dialog closes they stay only to mark what failed.
  const progressRef = useRef(onProgress)
  progressRef.current = onProgress
  useEffect(() => { progressRef.current?.(canvasStates(items)) }, [items])

  function settle(view) {
    job.current = view
    setView(view)
    if (view.state === 'awaiting_confirmation') { setPlan(view.pending); setPhase('planned'); return }
    if (view.state === 'succeeded' && view.result?.applied !== false) { setResult(view.result); setPhase('done'); return }
    setError([view.error || 'the deployment was not applied (see the log)', view.next_step].filter(Boolean).join(' '))
    setPhase(view.state === 'interrupted' ? 'interrupted' : 'failed')
  }

  const closedRef = useRef(false)
  const dockedRef = useRef(false)
  const phaseRef = useRef(phase)
  phaseRef.current = phase
  useEffect(() => () => {
    closedRef.current = true
    if (phaseRef.current !== 'failed' && phaseRef.current !== 'interrupted') progressRef.current?.({})
  }, [])

  // Reattach: follow the job that runs already (its whole log), whatever state it is in.
  useEffect(() => {
    if (!attach) return
    let closed = false
    ;(async () => {
      try {
        const view = await api.job(attach.id, 0)
        if (view.state === 'running' || view.state === 'stopping') setPhase(view.pending ? 'deploying' : 'planning')
        const end = await followJob(api, view, (l) => !closed && addLines(l), { timeoutMs: 2 * 60 * 60 * 1000,
          onView: (v) => !closed && setView(v) })
        if (!closed) settle(end)
      } catch (e) {
        if (!closed) { setError(errorText(e)); setPhase('failed') }
      }
    })()
    return () => { closed = true }
  }, [])

  // The review first (a synth, no Terraform); without one (an api that has none) straight to the plan.
  useEffect(() => {
    if (!api.review || attach) return
    ;(async () => {
      try {
        const view = await followJob(api, await api.review(playbook, environment), () => {})
        if (closedRef.current) return
        if (view.state === 'succeeded') { setReview(view.result); setPhase('reviewed') }
        else { setError(view.error || 'the review failed'); setPhase('failed') }
      } catch (e) {
        if (!closedRef.current) { setError(errorText(e)); setPhase('failed') }
      }
    })()
  }, [])

  useEffect(() => {
    if (phase !== 'planning' || attach) return
    let closed = false
    ;(async () => {
      try {
        const view = await followJob(api, await api.deploy(playbook, environment), (l) => !closed && addLines(l),
          { onView: (v) => !closed && setView(v) })
        if (closed) { if (view.state === 'awaiting_confirmation') api.confirm(view.id, false).catch(() => {}) }
        else settle(view)
      } catch (e) {
        if (!closed) { setError(errorText(e)); setPhase('failed') }
      }
    })()
    return () => { closed = true }
  }, [phase === 'planning'])

  async function answer(approve) {
    const current = job.current
    if (!approve) {
      api.confirm(current.id, false).catch(() => {})
      onClose()
      return
    }
    setPhase('deploying')
    setLines([])
    try {
      settle(await followJob(api, await api.confirm(current.id, true), addLines, watch))
    } catch (e) {
      setError(errorText(e))
      setPhase('failed')
    }
  }

  // Escape: cancels a plan waiting for confirmation, closes otherwise; never while applying.
  const dialogRef = useDialogKeys(() => {
    if (phaseRef.current === 'planned') answer(false)
    else if (phaseRef.current !== 'deploying') onClose()
  }, { modal: () => !dockedRef.current })

  const summary = plan?.summary
  const what = attach ? `${attach.target} to` : `${playbook.metadata.name}@${playbook.metadata.version} to`
  const where = attach ? attach.environment : environment
  // Once the plan is applied the dialog docks at the side: the canvas, whose nodes show their progress, stays in view.
  const docked = !!view?.pending && ['deploying', 'done', 'failed', 'interrupted'].includes(phase)
  dockedRef.current = docked
  const failure = failureText(items)
  return (
    <div className={`modal-backdrop${docked ? ' docked' : ''}`}>
      <div className="modal" role="dialog" aria-modal={docked ? 'false' : 'true'} aria-label="Deploy pipeline" data-testid="deploy-dialog"
        data-phase={phase} data-docked={docked ? 'true' : 'false'} ref={dialogRef} tabIndex={-1}>
        <h2>{phase === 'reviewed' || phase === 'reviewing' ? 'Review: ' : ''}Deploy {what} <code>{where}</code></h2>
        {attach && <p className="muted" data-testid="deploy-attached">The deploy started at {clock(attach.started)} (job {attach.id}); it goes on
          on the server whether this page is open or not.</p>}
        {phase === 'attaching' && <p data-testid="deploy-status">Finding the deploy…</p>}
        {phase === 'reviewing' && <p data-testid="deploy-status">Reading what this pipeline would create…</p>}
        {review && phase === 'reviewed' && <Review review={review} />}
        {phase === 'reviewed' && (
          <div className="actions">
            <button className="primary" data-testid="continue-to-plan" disabled={!!review.changes.deploy_running}
              title={review.changes.deploy_running ? 'a deploy of this pipeline is running: watch it from Jobs' : ''}
              onClick={() => setPhase('planning')}>Plan the deployment</button>
            <button data-testid="close-deploy" onClick={onClose}>Close</button>
          </div>
        )}
        {phase === 'planning' && <p data-testid="deploy-status">Planning… (synthesizing and running terraform plan)</p>}
        {phase === 'planned' && (
          <>
            <p data-testid="plan-counts"><b>Plan:</b> {summary?.add ?? 0} to add, {summary?.change ?? 0} to change,{' '}
              {summary?.destroy ?? 0} to destroy{plan.rollback ? ` (rollback from ${plan.previous_version})` : ''}.</p>
            {summary?.has_changes === false && <p data-testid="plan-summary">No changes: what is deployed matches this pipeline.</p>}
            <DeployProgressList items={items} applying={false} testId="plan-summary" />
            <div className="actions">
              <button className="primary" data-testid="confirm-deploy" onClick={() => answer(true)}>Confirm and deploy</button>
              <button data-testid="cancel-deploy" onClick={() => answer(false)}>Cancel</button>
            </div>
            {review && <Review review={review} />}
          </>
        )}
        {phase === 'deploying' && (
          <>
            <p data-testid="deploy-status">Deploying: {overallText(items)}.</p>
            <DeployProgressList items={items} applying />
            <div className="actions">
              <button data-testid="hide-deploy" onClick={onClose}>Hide (the deploy goes on)</button>
            </div>
          </>
        )}
        {phase === 'done' && (
          <div className="outcome ok" data-testid="deploy-outcome">
            <p><b>Deployed</b>{result.stack ? ` ${result.stack} version ${result.version}` : ''}
              {result.seconds ? ` in ${result.seconds}s` : ''}.{result.rollback ? ` (rolled back from ${result.previous_version})` : ''}</p>
            {result.message && <p>{result.message}</p>}
            <table className="outputs" data-testid="deploy-outputs"><tbody>
              {Object.entries(result.outputs || {}).map(([k, v]) => (
                <tr key={k}><th>{k}</th><td><code>{typeof v === 'object' ? JSON.stringify(v) : String(v)}</code></td></tr>
              ))}
            </tbody></table>
          </div>
        )}
        {(phase === 'failed' || phase === 'interrupted') && (
          <div className="outcome failed" data-testid="deploy-outcome">
            <b>{phase === 'failed' ? 'Failed' : 'Interrupted'}:</b> {failure ? <span data-testid="deploy-failure">{failure}</span> : error}
            {failure && <details data-testid="deploy-error-detail"><summary>Terraform's message</summary><p className="muted">{error}</p></details>}
          </div>
        )}
        {(phase === 'done' || phase === 'failed' || phase === 'interrupted') && <DeployProgressList items={items} applying={false} />}
        <TerraformLog lines={lines} />
        {(phase === 'done' || phase === 'failed' || phase === 'interrupted' || phase === 'planning' || phase === 'reviewing') && (
          <div className="actions">
            {phase === 'done' && onRun && <button className="primary" data-testid="run-after-deploy" onClick={onRun}>Run the pipeline…</button>}
            <button data-testid="close-deploy" onClick={onClose}>Close</button>
          </div>
        )}
      </div>
    </div>
  )
}

function errorText(e) {
  const errors = e?.details?.errors
  if (Array.isArray(errors) && errors.length) return `${e.message}: ` + errors.map((x) => `${x.path}: ${x.message}`).join('; ')
  return e?.message || String(e)
}
