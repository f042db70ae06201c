// A node's problems as a badge on its corner: the node keeps its size (its handles never move and it
// never grows over its neighbours); the messages are the badge's tooltip and, in full, the problems list.
export default function ErrorBadge({ errors }) {
  if (!errors?.length) return null
  const text = errors.join('\n')
  return (
    <span className="error-badge" data-testid="node-error-badge" role="img" title={text} aria-label={`${errors.length} problem(s): ${errors.join('; ')}`}>
      ⚠ {errors.length}
    </span>
  )
}
