import { createRoot } from 'react-dom/client'
import { httpApi, takeToken } from './api.js'
import App from './App.jsx'

createRoot(document.getElementById('root')).render(<App api={httpApi('', takeToken())} />)
