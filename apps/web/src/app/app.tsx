import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { createQueryClient } from "./api/query-client.ts";
import { RouterProvider } from "./router/router-provider.tsx";
import { SessionGate } from "./session-gate.tsx";

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider>
        <SessionGate />
      </RouterProvider>
    </QueryClientProvider>
  );
}
