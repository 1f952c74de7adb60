// The --json contract lives in io/reportJson.ts: the grading worker writes a large report's JSON itself (batch/worker.ts).
export { errorJson, personJson, problemJson, scoreJson, writeScoreJson } from '../io/reportJson.js';
