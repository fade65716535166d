// When the desk reads the store again: as the window opens, and each time it is focused while another
// window holds the database (read-only here), so it writes again once that one has closed. Renders nothing.

import { useEffect } from 'react'
import type { Desk } from './useDesk'

export function useStoreRefresh({ refresh, info }: Pick<Desk, 'refresh' | 'info'>): void {
  useEffect(() => {
    void refresh()
  }, [refresh])

  const isOpenElsewhere = Boolean(info?.openElsewhere)
  useEffect(() => {
    if (!isOpenElsewhere) return
    const askAgain = () => void refresh()
    window.addEventListener('focus', askAgain)
    return () => window.removeEventListener('focus', askAgain)
  }, [isOpenElsewhere, refresh])
}
