import { describe, expect, it } from "vitest";
import { welcomeLine } from "@/lib/startup/welcome-line";

describe("welcomeLine", () => {
  it("sends the first person to create the admin, on localhost by default", () => {
    expect(welcomeLine({ host: undefined, port: undefined, people: 0 })).toBe("Claimcheck is ready. Open http://localhost:3000 to create the first admin.");
    expect(welcomeLine({ host: "127.0.0.1", port: "3100", people: 0 })).toBe("Claimcheck is ready. Open http://localhost:3100 to create the first admin.");
  });

  it("only says where it is once people exist", () => {
    expect(welcomeLine({ host: "127.0.0.1", port: "3000", people: 3 })).toBe("Claimcheck is ready on http://localhost:3000.");
    expect(welcomeLine({ host: "claims.newsroom.example", port: "8080", people: 1 })).toBe("Claimcheck is ready on http://claims.newsroom.example:8080.");
  });

  it("says so when it listens on every interface", () => {
    expect(welcomeLine({ host: "0.0.0.0", port: "3000", people: 0 })).toContain("listening on every network interface");
    expect(welcomeLine({ host: "::", port: "3000", people: 2 })).toContain("listening on every network interface");
  });
});
