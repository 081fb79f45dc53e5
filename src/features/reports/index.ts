// Reports: figures for the conversations created in a range. Loaded on demand (src/app).
import './reports.css';
import './charts.css';

export { ReportsScreen } from './reports-screen';
