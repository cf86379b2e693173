import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './AppRoutes';
import { LocalizedConfig } from './LocalizedConfig';
import { queryClient } from './queryClient';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LocalizedConfig>
        <AntApp>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AntApp>
      </LocalizedConfig>
    </QueryClientProvider>
  );
}
