export * from "./contact";
export * from "./jobs";
export * from "./messaging";
