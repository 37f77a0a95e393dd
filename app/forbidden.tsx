import Link from "next/link";
import { Forbidden } from "@/components/layout/forbidden";
import { buttonClass } from "@/components/ui/styles";

// A page the signed-in user's role does not open answers 403 with this (forbidden()).
export default function ForbiddenPage() {
  return (
    <div>
      <Forbidden what="This page is for instructors and admins." />
      <p className="text-center">
        <Link href="/home" className={buttonClass.secondary}>
          Back home
        </Link>
      </p>
    </div>
  );
}
