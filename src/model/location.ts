/** Where a value came from; the engine only passes it through into problems. */
export interface Location {
  file?: string;
  sheet?: string;
  cell?: string;
}
