// While a connection is dragged over a node it cannot feed, why not: a tooltip at the pointer
// (the handle turns red and the connection is not made on release; compat.js decides).
import { useConnection } from '@xyflow/react'
import { connectionProblem } from './compat.js'

export default function ConnectionHint({ nodes, edges }) {
  const connection = useConnection()
  if (!connection.inProgress || !connection.toNode || connection.isValid !== false) return null
  const reversed = connection.fromHandle?.type === 'target' // dragged from an input handle back to a source
  const [source, target] = reversed ? [connection.toNode, connection.fromNode] : [connection.fromNode, connection.toNode]
  const reason = connectionProblem(source, target, nodes, edges)
  if (!reason) return null
  const at = connection.pointer || connection.to
  return (
    <div className="connection-refused" role="tooltip" data-testid="connection-refused" style={{ left: at.x + 14, top: at.y + 14 }}>
      <b>Cannot connect:</b> {reason}
    </div>
  )
}
