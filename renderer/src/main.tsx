// The renderer's entry: captures the browser-mode session token, then mounts the app.
// Starts nothing else; all behaviour lives in App and its state hooks.

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { isDesktop, sessionToken } from './api/client'
import { App } from './App'
import './styles.css'

// Read (and hide) ?token= before anything renders or the URL can be copied.
if (!isDesktop()) sessionToken()

const root = document.getElementById('root')
if (!root) throw new Error('MAPPA Desk: #root element is missing from index.html')

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>
)
