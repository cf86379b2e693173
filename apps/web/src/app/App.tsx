import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './AppRoutes';
import { AntdConfig } from './AntdConfig';
import { queryClient } from './queryClient';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AntdConfig>
        {/* antd's <App> (message, modal and notification hooks) wraps each page, in the lazy chunks. */}
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AntdConfig>
    </QueryClientProvider>
  );
}
