// How nodes look on the canvas.
import { Handle, Position } from '@xyflow/react'

export const KIND_STYLE = {
  data_source: { icon: '⛁', label: 'data source' },
  preprocessing: { icon: '⚙', label: 'preprocessing' },
  model: { icon: '◆', label: 'model' },
  deployment: { icon: '⇪', label: 'deployment' },
  pipeline: { icon: '▣', label: 'sub-pipeline' },
}

function Errors({ errors }) {
  if (!errors?.length) return null
  return (
    <ul className="node-errors" data-testid="node-errors">
      {errors.slice(0, 3).map((e, i) => <li key={i}>{e}</li>)}
      {errors.length > 3 && <li>… {errors.length - 3} more</li>}
    </ul>
  )
}

export function StepNode({ data, selected }) {
  const style = KIND_STYLE[data.kind] || { icon: '?', label: data.kind }
  const invalid = data.errors?.length > 0
  const isPipeline = data.kind === 'pipeline'
  return (
    <div className={`step kind-${data.kind}${invalid ? ' has-error' : ''}${selected ? ' selected' : ''}${data.expanded ? ' expanded' : ''}`}
      data-testid={`node-${data.nodeId}`} data-node-id={data.nodeId} data-invalid={invalid ? 'true' : 'false'}>
      {data.kind !== 'data_source' && <Handle type="target" position={Position.Left} />}
      <div className="step-head">
        <span className="icon">{style.icon}</span>
        <span className="step-id">{data.nodeId || '(no id)'}</span>
      </div>
      <div className="step-kind">{style.label}{data.subtype ? ` · ${data.subtype}` : ''}</div>
      {isPipeline && (
        <div className="step-use">
          <code>{data.use || (data.pipeline ? 'inline pipeline' : '(no playbook)')}</code>
          <button className="small nodrag" data-testid={`toggle-${data.nodeId}`}
            onClick={(e) => { e.stopPropagation(); data.onToggle?.() }}>
            {data.expanded ? 'Collapse' : 'Expand'}
          </button>
        </div>
      )}
      {data.expandError && <div className="node-errors">{data.expandError}</div>}
      <Errors errors={data.errors} />
      <Handle type="source" position={Position.Right} />
    </div>
  )
}

export function InputNode({ data, selected }) {
  const invalid = data.errors?.length > 0
  return (
    <div className={`step kind-input${invalid ? ' has-error' : ''}${selected ? ' selected' : ''}`}
      data-testid={`node-${data.nodeId}`} data-invalid={invalid ? 'true' : 'false'}>
      <div className="step-head"><span className="icon">→</span><span className="step-id">{data.nodeId}</span></div>
      <div className="step-kind">pipeline input · {data.dataKind}</div>
      <Errors errors={data.errors} />
      <Handle type="source" position={Position.Right} />
    </div>
  )
}

// A node inside an expanded sub-pipeline: read-only, shown for orientation.
export function InnerNode({ data }) {
  const style = KIND_STYLE[data.kind] || { icon: '→', label: data.kind }
  return (
    <div className={`inner kind-${data.kind}`} data-testid={`inner-${data.nodeId}`}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <span className="icon">{style.icon}</span> {data.nodeId}
      <div className="step-kind">{style.label}{data.subtype ? ` · ${data.subtype}` : ''}{data.use ? ` · ${data.use}` : ''}</div>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  )
}

export const nodeTypes = { step: StepNode, pipelineInput: InputNode, inner: InnerNode }
