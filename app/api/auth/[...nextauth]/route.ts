// GET|POST /api/auth/* – next-auth (sign in, sign out, session, CSRF), behind strict body
// parsing and login throttling (lib/auth/auth-route.ts).
import { handleAuthRequest } from "@/lib/auth/auth-route";

export { handleAuthRequest as GET, handleAuthRequest as POST };
