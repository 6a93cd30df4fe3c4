export interface MapPin {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  /** The business page, for a results map. */
  href?: string;
  /** A second line: address, distance. */
  detail?: string;
}
