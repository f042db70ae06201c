// "Deploy pipeline": first a review in plain words (what each node creates and when it runs,
// resources by kind, changes versus what is deployed, the always-on cost; Terraform addresses
// one click away), then one deploy job plans, waits for the user's confirmation, applies
// exactly that plan with progress, and reports outcome and outputs.
// With `attach` (a job of the list: a deploy started earlier, e.g. before the tab was closed) the
// dialog follows that job instead of starting one: its log from the start, then its outcome.
import { useEffect, useRef, useState } from 'react'
import { followJob } from './api.js'
import { useDialogKeys } from './dialog.js'

const money = (v) => `$${Number(v).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
// Hourly amounts are often fractions of a cent (a KMS key: $0.0014/h): keep them visible.
function perHour(v) {
  if (!(v > 0 && v < 0.995)) return money(v)
  let text = Number(v).toFixed(4)
  while (text.endsWith('0') && text.split('.')[1].length > 2) text = text.slice(0, -1)
  return `$${text}`
}

export const clock = (t) => new Date(t * 1000).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' })

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

export default function DeployDialog({ api, playbook, environment, onClose, onRun, attach = null }) {
  const [phase, setPhase] = useState(attach ? 'attaching' : api.review ? 'reviewing' : 'planning')
  const [review, setReview] = useState(null)
  const [lines, setLines] = useState([])
  const [plan, setPlan] = useState(null)
  const [result, setResult] = useState(null)
  const [error, setError] = useState(null)
  const job = useRef(null)
  const logRef = useRef(null)
  const addLines = (more) => setLines((prev) => [...prev, ...more])

  useEffect(() => { logRef.current?.scrollTo(0, logRef.current.scrollHeight) }, [lines])

  function settle(view) {
    job.current = view
    if (view.state === 'awaiting_confirmation') { setPlan(view.pending); setPhase('planned'); return }
    if (view.state === 'succeeded' && view.result?.applied !== false) { setResult(view.result); setPhase('done'); return }
    setError([view.error || 'the deployment was not applied (see the log)', view.next_step].filter(Boolean).join(' '))
    setPhase(view.state === 'interrupted' ? 'interrupted' : 'failed')
  }

  const closedRef = useRef(false)
  useEffect(() => () => { closedRef.current = true }, [])

  // Reattach: follow the job that runs already (its whole log), whatever state it is in.
  useEffect(() => {
    if (!attach) return
    let closed = false
    ;(async () => {
      try {
        const view = await api.job(attach.id, 0)
        if (view.state === 'running' || view.state === 'stopping') setPhase(view.pending ? 'deploying' : 'planning')
        const end = await followJob(api, view, (l) => !closed && addLines(l), { timeoutMs: 2 * 60 * 60 * 1000 })
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
        const view = await followJob(api, await api.deploy(playbook, environment), (l) => !closed && addLines(l))
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
      settle(await followJob(api, await api.confirm(current.id, true), addLines))
    } catch (e) {
      setError(errorText(e))
      setPhase('failed')
    }
  }

  // Escape: cancels a plan waiting for confirmation, closes otherwise; never while applying.
  const phaseRef = useRef(phase)
  phaseRef.current = phase
  const dialogRef = useDialogKeys(() => {
    if (phaseRef.current === 'planned') answer(false)
    else if (phaseRef.current !== 'deploying') onClose()
  })

  const summary = plan?.summary
  const what = attach ? `${attach.target} to` : `${playbook.metadata.name}@${playbook.metadata.version} to`
  const where = attach ? attach.environment : environment
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-label="Deploy pipeline" data-testid="deploy-dialog" data-phase={phase}
        ref={dialogRef} tabIndex={-1}>
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
            <pre className="plan" data-testid="plan-summary">{plan.text}</pre>
            <div className="actions">
              <button className="primary" data-testid="confirm-deploy" onClick={() => answer(true)}>Confirm and deploy</button>
              <button data-testid="cancel-deploy" onClick={() => answer(false)}>Cancel</button>
            </div>
          </>
        )}
        {phase === 'deploying' && (
          <div className="actions">
            <p data-testid="deploy-status">Deploying… (terraform apply of the confirmed plan)</p>
            <button data-testid="hide-deploy" onClick={onClose}>Hide (the deploy goes on)</button>
          </div>
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
        {phase === 'failed' && <div className="outcome failed" data-testid="deploy-outcome"><b>Failed:</b> {error}</div>}
        {phase === 'interrupted' && <div className="outcome failed" data-testid="deploy-outcome"><b>Interrupted:</b> {error}</div>}
        {lines.length > 0 && <pre className="log" ref={logRef} data-testid="deploy-log">{lines.join('\n')}</pre>}
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
