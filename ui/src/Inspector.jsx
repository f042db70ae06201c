// The side panel: the selected node (id, description, sub-pipeline reference and `with:`,
// config form), or with nothing selected the pipeline's own settings (owner, labels, parameters).
import ConfigForm from './ConfigForm.jsx'
import { KeyValueRows, ParametersEditor, WithEditor } from './editors.jsx'
import { KINDS, NODE_ID } from './model.js'
import { subtypeLabel } from './kinds.js'
import { patternHint } from './plain.js'

function PipelineSettings({ meta, setMeta, errors }) {
  return (
    <div className="inspector" data-testid="pipeline-settings">
      <h2 className="panel-title">Pipeline settings</h2>
      <p className="muted">Select a node to edit it. Drag from a node's right handle to another node's left handle to
        connect them; select a connection or node and press Delete to remove it; Ctrl+Z undoes.</p>
      <div className={`field${errors.owner ? ' invalid' : ''}`}>
        <label htmlFor="meta-owner">Owner</label>
        <input id="meta-owner" data-testid="meta-owner" value={meta.owner || ''} placeholder="team or person"
          onChange={(e) => { const owner = e.target.value; setMeta((m) => ({ ...m, owner })) }} />
        {errors.owner && <div className="field-error">{errors.owner}</div>}
      </div>
      <div className={`field${errors.labels ? ' invalid' : ''}`}>
        <span className="label">Labels (become resource tags)</span>
        <KeyValueRows idPrefix="meta-labels" label="Labels" keyLabel="label" value={meta.labels}
          onChange={(labels) => setMeta((m) => ({ ...m, labels }))} />
        {errors.labels && <div className="field-error" data-testid="meta-labels-error">{errors.labels}</div>}
      </div>
      <div className={`field${errors.parameters ? ' invalid' : ''}`}>
        <span className="label">Parameters (typed; a default makes them optional in <code>with:</code>)</span>
        <ParametersEditor value={meta.parameters} onChange={(parameters) => setMeta((m) => ({ ...m, parameters }))}
          errors={errors.parameterErrors || {}} />
        {errors.parameters && <div className="field-error" data-testid="meta-parameters-error">{errors.parameters}</div>}
      </div>
    </div>
  )
}

export default function Inspector({ node, schema, library, errors, onChange, onDelete, meta, setMeta, metaErrors }) {
  if (!node) return <PipelineSettings meta={meta} setMeta={setMeta} errors={metaErrors} />
  const d = node.data
  const update = (patch) => onChange(node.id, patch)
  const idError = !NODE_ID.test(d.nodeId) ? `expected ${patternHint('^[a-z][a-z0-9_]{0,39}$')}` : null
  const kindInfo = KINDS.find((k) => k.kind === d.kind)
  const libraryEntry = d.use ? library.find((p) => p.name === d.use.split('@')[0]) : null
  const declared = d.pipeline ? d.pipeline.spec?.parameters : libraryEntry?.parameters
  return (
    <div className="inspector" data-testid="inspector">
      <h2 className="panel-title">{node.type === 'pipelineInput' ? 'Pipeline input' : d.kind === 'pipeline' ? 'Sub-pipeline' : kindInfo?.label}</h2>
      <div className={`field${idError ? ' invalid' : ''}`}>
        <label htmlFor="node-id">id</label>
        <input id="node-id" data-testid="node-id" value={d.nodeId} onChange={(e) => update({ nodeId: e.target.value })} />
        {idError && <div className="field-error" data-testid="node-id-error">{idError}</div>}
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
                {kindInfo.subtypes.map((s) => <option key={s} value={s}>{subtypeLabel(d.kind, s)}</option>)}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="node-description">description</label>
            <input id="node-description" data-testid="node-description" value={d.description || ''}
              onChange={(e) => update({ description: e.target.value })} />
          </div>
          {d.kind === 'pipeline' ? (
            <>
              {!d.pipeline && (
                <div className="field">
                  <label htmlFor="node-use">playbook (NAME@RANGE)</label>
                  <input id="node-use" data-testid="node-use" value={d.use || ''} onChange={(e) => update({ use: e.target.value || null })} />
                  {libraryEntry && (
                    <div className="hint">published: {libraryEntry.versions.map((v) => (
                      <button key={v} className="link" aria-label={`use version ${v}`} onClick={() => update({ use: `${libraryEntry.name}@${v}` })}>{v}</button>
                    ))}</div>
                  )}
                </div>
              )}
              <h3 className="section">parameters (with)</h3>
              <WithEditor declared={declared} value={d.with} onChange={(w) => update({ with: w })} parameters={meta.parameters} />
            </>
          ) : (
            <>
              <h3 className="section">config</h3>
              <ConfigForm schema={schema} kind={d.kind} subtype={d.subtype} config={d.config} errors={errors} parameters={meta.parameters}
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
