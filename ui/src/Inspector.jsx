// The side panel for the selected node: id, description, sub-pipeline reference, config form.
import ConfigForm from './ConfigForm.jsx'
import { KINDS, NODE_ID } from './model.js'

function KeyValues({ value, onChange, testid, placeholder }) {
  const text = Object.entries(value || {}).map(([k, v]) => `${k}=${v}`).join('\n')
  return (
    <textarea data-testid={testid} rows={3} defaultValue={text} placeholder={placeholder}
      onChange={(e) => {
        const obj = {}
        e.target.value.split('\n').map((l) => l.trim()).filter(Boolean).forEach((l) => {
          const at = l.indexOf('=')
          if (at > 0) {
            const raw = l.slice(at + 1).trim()
            obj[l.slice(0, at).trim()] = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw === 'true' ? true : raw === 'false' ? false : raw
          }
        })
        onChange(obj)
      }} />
  )
}

export default function Inspector({ node, schema, library, errors, onChange, onDelete }) {
  if (!node) {
    return (
      <div className="inspector empty">
        <p className="muted">Select a node to edit it. Drag from a node's right handle to another node's left handle to wire them.</p>
      </div>
    )
  }
  const d = node.data
  const update = (patch) => onChange(node.id, patch)
  const idError = !NODE_ID.test(d.nodeId) ? 'lowercase letters, digits and underscores, starting with a letter (max 40)' : null
  const kindInfo = KINDS.find((k) => k.kind === d.kind)
  const libraryEntry = d.use ? library.find((p) => p.name === d.use.split('@')[0]) : null
  return (
    <div className="inspector" data-testid="inspector" key={node.id}>
      <h3>{node.type === 'pipelineInput' ? 'Pipeline input' : d.kind === 'pipeline' ? 'Sub-pipeline' : kindInfo?.label}</h3>
      <div className={`field${idError ? ' invalid' : ''}`}>
        <label htmlFor="node-id">id</label>
        <input id="node-id" data-testid="node-id" value={d.nodeId} onChange={(e) => update({ nodeId: e.target.value })} />
        {idError && <div className="field-error">{idError}</div>}
      </div>
      {node.type === 'pipelineInput' ? (
        <div className="field">
          <label htmlFor="input-kind">data kind</label>
          <select id="input-kind" value={d.dataKind} onChange={(e) => update({ dataKind: e.target.value })}>
            <option value="dataset">dataset</option><option value="model">model</option>
          </select>
        </div>
      ) : (
        <>
          {kindInfo && kindInfo.subtypes[0] !== null && (
            <div className="field">
              <label htmlFor="node-subtype">subtype</label>
              <select id="node-subtype" data-testid="node-subtype" value={d.subtype}
                onChange={(e) => update({ subtype: e.target.value, config: {} })}>
                {kindInfo.subtypes.map((s) => <option key={s} value={s}>{s}</option>)}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="node-description">description</label>
            <input id="node-description" value={d.description || ''} onChange={(e) => update({ description: e.target.value })} />
          </div>
          {d.kind === 'pipeline' ? (
            <>
              <div className="field">
                <label htmlFor="node-use">playbook (NAME@RANGE)</label>
                <input id="node-use" data-testid="node-use" value={d.use || ''} onChange={(e) => update({ use: e.target.value || null })} />
                {libraryEntry && (
                  <div className="hint">published: {libraryEntry.versions.map((v) => (
                    <button key={v} className="link" onClick={() => update({ use: `${libraryEntry.name}@${v}` })}>{v}</button>
                  ))}</div>
                )}
              </div>
              <div className="field">
                <label>parameters (with)</label>
                <KeyValues testid="node-with" value={d.with} onChange={(w) => update({ with: w })}
                  placeholder={libraryEntry ? Object.keys(libraryEntry.parameters || {}).map((p) => `${p}=…`).join('\n') : 'name=value'} />
              </div>
            </>
          ) : (
            <>
              <h4>config</h4>
              <ConfigForm schema={schema} kind={d.kind} subtype={d.subtype} config={d.config} errors={errors}
                onChange={(name, value) => update((current) => {
                  const config = { ...(current.config || {}) }
                  if (value === undefined) delete config[name]
                  else config[name] = value
                  return { config }
                })} />
            </>
          )}
        </>
      )}
      <button className="danger" data-testid="delete-node" onClick={() => onDelete(node.id)}>Delete node</button>
    </div>
  )
}
