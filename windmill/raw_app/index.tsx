// Windmill raw app entry: the same builder as `playbook ui`, with its operations
// served by this app's backend runnables (backend/) instead of the HTTP server.
import { createRoot } from 'react-dom/client'
import App from './src/App.jsx'
import { windmillApi } from './windmill_api'

createRoot(document.getElementById('root')!).render(<App api={windmillApi()} />)
