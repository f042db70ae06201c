// The builder's jobs: this server's and those of earlier servers (kept in the state root by
// playbook_ui/job_store.py). A job the server's stop cut off is "interrupted" and says what to do
// next; the banner tells about such jobs when the builder opens, so none stays "running" forever.
// A running deploy (this server's) is reattached from here too: the rows open their job.
import { useEffect, useState } from 'react'
import { followJob } from './api.js'
import { useDialogKeys } from './dialog.js'
import { clock } from './DeployDialog.jsx'

const when = (t) => (t ? new Date(t * 1000).toLocaleString() : '')
const WHAT = { deploy: 'Deploy', plan: 'Plan', run: 'Run', review: 'Review' }
export const UNFINISHED = new Set(['running', 'awaiting_confirmation', 'stopping'])
export const isRunningDeploy = (j) => (j.kind === 'deploy' || j.kind === 'plan') && UNFINISHED.has(j.state)

// A deploy runs (started before this page was opened, or for another pipeline than the one on the canvas).
export function RunningBanner({ jobs, onWatch }) {
  const running = jobs.filter(isRunningDeploy)
  if (!running.length) return null
  const [first] = running
  return (
    <div className="banner" role="status" data-testid="running-banner">
      <b>{WHAT[first.kind]} of {first.target || 'a pipeline'} to {first.environment || '?'} is running since {clock(first.started)}</b>
      {first.state === 'awaiting_confirmation' ? ': its plan waits for a confirmation.' : '.'}
      {running.length > 1 && ` (${running.length - 1} more under Jobs)`}
      <span className="banner-actions">
        <button className="small" data-testid="watch-from-banner" onClick={() => onWatch(first)}>Watch</button>
      </span>
    </div>
  )
}

// Any job of the list, followed while it runs: its log, state and outcome (deploys open DeployDialog instead).
export function JobDialog({ api, job, onClose }) {
  const [view, setView] = useState(null)
  const [lines, setLines] = useState([])
  const [error, setError] = useState(null)
  const ref = useDialogKeys(onClose)
  useEffect(() => {
    let closed = false
    ;(async () => {
      try {
        const end = await followJob(api, await api.job(job.id, 0), (l) => !closed && setLines((p) => [...p, ...l]),
          { onView: (v) => !closed && setView(v), timeoutMs: 2 * 60 * 60 * 1000 })
        if (!closed) setView(end)
      } catch (e) { if (!closed) setError(e.message) }
    })()
    return () => { closed = true }
  }, [])
  const state = view?.state || job.state
  const outcome = view?.result?.run?.status || job.outcome
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="job-title" data-testid="job-dialog" data-state={state}
        ref={ref} tabIndex={-1}>
        <h2 id="job-title">{WHAT[job.kind] || job.kind} of {job.target} → <code>{job.environment}</code></h2>
        <p data-testid="job-state">Started {when(job.started)} · <b>{state.replace('_', ' ')}</b>{outcome && ` · run ${outcome}`}</p>
        {(view?.error || job.error) && <p className="field-error">{view?.error || job.error}</p>}
        {(view?.next_step || job.next_step) && <p>What to do: {view?.next_step || job.next_step}</p>}
        {error && <p className="field-error">{error}</p>}
        {lines.length > 0 && <pre className="log" data-testid="job-log">{lines.join('\n')}</pre>}
        <div className="actions"><button data-testid="close-job" onClick={onClose}>Close</button></div>
      </div>
    </div>
  )
}

export function InterruptedBanner({ jobs, onShow, onDismiss }) {
  const cut = jobs.filter((j) => j.state === 'interrupted')
  if (!cut.length) return null
  const [first] = cut
  return (
    <div className="banner" role="alert" data-testid="interrupted-banner">
      <b>{cut.length === 1 ? `${WHAT[first.kind] || first.kind} of ${first.target || 'a pipeline'} to ${first.environment || '?'} was interrupted`
        : `${cut.length} jobs were interrupted`}</b> when the builder server stopped. {cut.length === 1 && first.next_step}
      <span className="banner-actions">
        <button className="small" data-testid="show-jobs-from-banner" onClick={onShow}>Show jobs</button>
        <button className="small" data-testid="dismiss-banner" onClick={onDismiss}>Dismiss</button>
      </span>
    </div>
  )
}

export default function JobsDialog({ api, onClose, onOpen }) {
  const [jobs, setJobs] = useState(null)
  const [error, setError] = useState(null)
  const ref = useDialogKeys(onClose)
  useEffect(() => { api.jobs().then(setJobs).catch((e) => setError(e.message)) }, [])
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="jobs-title" data-testid="jobs-dialog" ref={ref} tabIndex={-1}>
        <h2 id="jobs-title">Jobs</h2>
        {error && <p className="field-error">{error}</p>}
        {jobs && jobs.length === 0 && <p className="muted">No jobs yet: plans, deployments and runs show here.</p>}
        {jobs && jobs.length > 0 && (
          <table className="outputs jobs" data-testid="jobs-table"><tbody>
            {jobs.map((j) => (
              <tr key={j.id} data-state={j.state} data-kind={j.kind}>
                <th scope="row"><button className="small" data-testid="job-open" aria-label={`Open ${WHAT[j.kind] || j.kind} of ${j.target}`}
                  onClick={() => onOpen(j)}>{WHAT[j.kind] || j.kind}</button></th>
                <td>{j.target} → <code>{j.environment}</code><div className="muted">{when(j.started)}</div></td>
                <td className={`job-${j.state}`}><b>{j.state.replace('_', ' ')}</b>{j.outcome && <span data-testid="job-outcome"> · run {j.outcome}</span>}
                  {j.error && <div>{j.error}</div>}
                  {j.next_step && <div data-testid="job-next-step">What to do: {j.next_step}</div>}
                  {!j.error && j.last_line && <div className="muted">{j.last_line}</div>}
                </td>
              </tr>
            ))}
          </tbody></table>
        )}
        <div className="actions"><button data-testid="close-jobs" onClick={onClose}>Close</button></div>
      </div>
    </div>
  )
}
