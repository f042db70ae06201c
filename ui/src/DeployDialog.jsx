// "Deploy pipeline": one deploy job plans, shows the summary, waits for the user's
// confirmation, applies exactly that plan with progress, and reports outcome and outputs.
import { useEffect, useRef, useState } from 'react'
import { followJob } from './api.js'

export default function DeployDialog({ api, playbook, environment, onClose }) {
  const [phase, setPhase] = useState('planning')
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
    setError(view.error || 'the deployment was not applied (see the log)')
    setPhase('failed')
  }

  useEffect(() => {
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
  }, [])

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

  const summary = plan?.summary
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-label="Deploy pipeline" data-testid="deploy-dialog" data-phase={phase}>
        <h2>Deploy {playbook.metadata.name}@{playbook.metadata.version} to <code>{environment}</code></h2>
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
        {phase === 'deploying' && <p data-testid="deploy-status">Deploying… (terraform apply of the confirmed plan)</p>}
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
        {lines.length > 0 && <pre className="log" ref={logRef} data-testid="deploy-log">{lines.join('\n')}</pre>}
        {(phase === 'done' || phase === 'failed' || phase === 'planning') && (
          <div className="actions"><button data-testid="close-deploy" onClick={onClose}>Close</button></div>
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
