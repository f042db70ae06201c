// How nodes and connections look on the canvas.
import { useCallback } from 'react'
import { BaseEdge, Handle, Position, getBezierPath, useStore } from '@xyflow/react'
import { detour, roundedPath, smoothPath } from './layout.js'
import { KIND_STYLE, subtypeLabel } from './kinds.js'
import ErrorBadge from './ErrorBadge.jsx'
import { DeployBadge } from './DeployProgress.jsx'

const sameBoxes = (a, b) => a.length === b.length && a.every((x, i) => x.x1 === b[i].x1 && x.y1 === b[i].y1 && x.x2 === b[i].x2 && x.y2 === b[i].y2)

// Icons and labels per kind come from the node-kind registry (kinds.js).
export { KIND_STYLE } from './kinds.js'

// Expand/collapse and "open this playbook" for a sub-pipeline, on the canvas or nested inside one.
function PipelineActions({ data, path }) {
  return (
    <div className="step-use">
      <code>{data.use || (data.pipeline ? 'inline pipeline' : '(no playbook)')}</code>
      <button className="small nodrag" data-testid={`toggle-${path}`} aria-expanded={data.expanded ? 'true' : 'false'}
        aria-label={`${data.expanded ? 'Collapse' : 'Expand'} sub-pipeline ${path}`}
        onClick={(e) => { e.stopPropagation(); data.onToggle?.() }}>
        {data.expanded ? 'Collapse' : 'Expand'}
      </button>
      {data.use && data.onOpen && (
        <button className="small nodrag" data-testid={`open-${path}`} aria-label={`Open the playbook ${data.use}`}
          onClick={(e) => { e.stopPropagation(); data.onOpen() }}>Open</button>
      )}
    </div>
  )
}

export function StepNode({ data, selected }) {
  const style = KIND_STYLE[data.kind] || { icon: '?', label: data.kind }
  const invalid = data.errors?.length > 0
  return (
    <div className={`step kind-${data.kind}${invalid ? ' has-error' : ''}${selected ? ' selected' : ''}${data.expanded ? ' expanded' : ''}`}
      data-testid={`node-${data.nodeId}`} data-node-id={data.nodeId} data-invalid={invalid ? 'true' : 'false'}
      data-run-status={data.runStatus || undefined}>
      {style.takesInputs !== false && <Handle type="target" position={Position.Left} />}
      <div className="step-head">
        <span className="icon" aria-hidden="true">{style.icon}</span>
        <span className="step-id">{data.nodeId || '(no id)'}</span>
      </div>
      <div className="step-kind">{style.label}{data.subtype ? ` · ${subtypeLabel(data.kind, data.subtype)}` : ''}</div>
      {data.kind === 'pipeline' && <PipelineActions data={data} path={data.nodeId} />}
      {data.expanded && data.childName && <div className="step-kind">inside: {data.childName} (read-only)</div>}
      {data.expandError && <div className="node-errors">{data.expandError}</div>}
      {data.runStatus && <div className={`run-badge run-${data.runStatus}`} data-testid={`run-status-${data.nodeId}`}>run: {data.runStatus}</div>}
      {data.deployStatus && <DeployBadge nodeId={data.nodeId} state={data.deployStatus} />}
      <ErrorBadge errors={data.errors} />
      <Handle type="source" position={Position.Right} />
    </div>
  )
}

export function InputNode({ data, selected }) {
  const invalid = data.errors?.length > 0
  return (
    <div className={`step kind-input${invalid ? ' has-error' : ''}${selected ? ' selected' : ''}`}
      data-testid={`node-${data.nodeId}`} data-invalid={invalid ? 'true' : 'false'}>
      <div className="step-head"><span className="icon" aria-hidden="true">→</span><span className="step-id">{data.nodeId}</span></div>
      <div className="step-kind">pipeline input · {data.dataKind}</div>
      <ErrorBadge errors={data.errors} />
      <Handle type="source" position={Position.Right} />
    </div>
  )
}

// A node inside an expanded sub-pipeline: read-only; a nested sub-pipeline expands in place, to any depth.
export function InnerNode({ data }) {
  const style = KIND_STYLE[data.kind] || { icon: '→', label: data.kind }
  return (
    <div className={`inner kind-${data.kind}${data.expanded ? ' expanded' : ''}`} data-testid={`inner-${data.nodeId}`}
      data-path={data.path}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <span className="icon" aria-hidden="true">{style.icon}</span> {data.nodeId}
      <div className="step-kind">{style.label}{data.subtype ? ` · ${data.subtype}` : ''}{data.use && !data.onToggle ? ` · ${data.use}` : ''}</div>
      {data.kind === 'pipeline' && data.onToggle && <PipelineActions data={data} path={data.path} />}
      {data.expandError && <div className="node-errors">{data.expandError}</div>}
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  )
}

// A connection drawn along the route the layered layout gave it (between nodes, never through
// them); once an end has moved, a plain curve between the handles, or a detour around the nodes
// the user put in its way.
export function RoutedEdge({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, id, source, target, style, markerEnd,
  markerStart, label, labelStyle, labelShowBg, labelBgStyle, labelBgPadding, labelBgBorderRadius, interactionWidth }) {
  const rest = { id, style, markerEnd, markerStart, label, labelStyle, labelShowBg, labelBgStyle, labelBgPadding, labelBgBorderRadius,
    interactionWidth }
  const interior = data?.route?.points?.slice(1, -1) || []
  // The other nodes, as boxes: a moved end (or a long edge in a sub-pipeline) may put one in the way of the plain curve.
  // Siblings only: the nodes on the canvas for a canvas edge, the nodes of the same sub-pipeline for an inner one.
  const boxes = useStore(useCallback((s) => {
    const out = []
    const parent = s.nodeLookup.get(source)?.parentId
    s.nodeLookup.forEach((n) => {
      if (n.parentId !== parent || n.id === source || n.id === target || !n.measured?.width) return
      const p = n.internals.positionAbsolute
      out.push({ x1: p.x, y1: p.y, x2: p.x + n.measured.width, y2: p.y + n.measured.height })
    })
    return out
  }, [source, target]), sameBoxes)
  const around = interior.length ? null : detour(sourceX, sourceY, targetX, targetY, boxes)
  let path, labelX, labelY
  if (interior.length || around) {
    const points = around || [{ x: sourceX, y: sourceY }, ...interior, { x: targetX, y: targetY }]
    path = around ? roundedPath(points) : smoothPath(points)
    const mid = points[Math.floor(points.length / 2)]
    ;[labelX, labelY] = [mid.x, mid.y]
  } else {
    ;[path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition })
  }
  return <BaseEdge path={path} labelX={labelX} labelY={labelY} {...rest} />
}

export const nodeTypes = { step: StepNode, pipelineInput: InputNode, inner: InnerNode }
export const edgeTypes = { routed: RoutedEdge }
