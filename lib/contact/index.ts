export { contactRoutes, submitContactMessageRoute } from "./contracts";
export { ZContactMessageInput, type TContactMessageInput } from "./schemas";
export { submitContactMessage } from "./service";
