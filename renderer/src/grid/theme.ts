// The grid's look, through AG Grid's Theming API so no legacy stylesheet is loaded. Mirrors the
// palette in styles.css; never registers modules or touches the DOM.

import { themeQuartz } from 'ag-grid-community'

export const SYSTEM_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif'

/** Dense enough for 20 of the 42 areas with their totals in a 1440×900 window, roomy enough for the marks. */
export const ROW_HEIGHT = 26

export const figuresTheme = themeQuartz.withParams({
  accentColor: '#1f6feb',
  backgroundColor: '#ffffff',
  foregroundColor: '#1f2328',
  borderColor: '#d8dde3',
  browserColorScheme: 'light',
  chromeBackgroundColor: '#f6f7f9',
  headerBackgroundColor: '#f3f5f7',
  headerTextColor: '#3b434c',
  headerFontWeight: 600,
  headerFontSize: 12.5,
  fontFamily: SYSTEM_FONT,
  fontSize: 13,
  dataFontSize: 13,
  spacing: 6,
  rowHeight: ROW_HEIGHT,
  headerHeight: 32,
  oddRowBackgroundColor: '#fafbfc',
  rowHoverColor: '#eef4ff',
  wrapperBorderRadius: 6,
  borderRadius: 4,
  pinnedRowBorder: { width: 2, color: '#c3cad3' },
  tooltipBackgroundColor: '#1f2328',
  tooltipTextColor: '#ffffff',
  tooltipBorder: false
})
