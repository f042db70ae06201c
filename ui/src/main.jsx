import { createRoot } from 'react-dom/client'
import { httpApi } from './api.js'
import App from './App.jsx'

createRoot(document.getElementById('root')).render(<App api={httpApi('')} />)
