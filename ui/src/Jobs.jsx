// The builder's jobs: this server's and those of earlier servers (kept in the state root by
// playbook_ui/job_store.py). A job the server's stop cut off is "interrupted" and says what to do
// next; the banner tells about such jobs when the builder opens, so none stays "running" forever.
import { useEffect, useState } from 'react'
import { useDialogKeys } from './dialog.js'

const when = (t) => (t ? new Date(t * 1000).toLocaleString() : '')
const WHAT = { deploy: 'Deploy', plan: 'Plan', run: 'Run', review: 'Review' }

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

export default function JobsDialog({ api, onClose }) {
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
                <th scope="row">{WHAT[j.kind] || j.kind}</th>
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
