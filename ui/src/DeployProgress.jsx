// A deploy's progress in plain words: one line per node in the deploy dialog, one badge per node on the
// canvas (deploystate.js reads both from the deploy job), and Terraform's own log one click away, collapsed.
import { useEffect, useRef } from 'react'
import { SHARED, badgeText, lineText } from './deploystate.js'

export function DeployProgressList({ items, applying, testId = 'deploy-progress' }) {
  if (!items.length) return null
  return (
    <ul className="deploy-progress" data-testid={testId}>
      {items.map((i) => (
        <li key={i.node} data-node={i.node} data-status={i.status} className={`deploy-line deploy-${i.status}`}>
          <b>{i.node === SHARED ? 'shared by the pipeline' : `“${i.node}”`}</b> {lineText(i, applying)}
        </li>
      ))}
    </ul>
  )
}

export function DeployBadge({ nodeId, state }) {
  return (
    <div className={`deploy-badge deploy-${state.status}`} data-testid={`deploy-status-${nodeId}`} data-status={state.status}>
      deploy: {badgeText(state)}
    </div>
  )
}

// Terraform's lines (init's provider notices included) for whoever wants them: closed until clicked.
export function TerraformLog({ lines }) {
  const logRef = useRef(null)
  useEffect(() => { logRef.current?.scrollTo(0, logRef.current.scrollHeight) }, [lines])
  if (!lines.length) return null
  return (
    <details className="deploy-log-details" data-testid="deploy-log-details">
      <summary>Terraform's log ({lines.length} lines)</summary>
      <pre className="log" ref={logRef} data-testid="deploy-log">{lines.join('\n')}</pre>
    </details>
  )
}
