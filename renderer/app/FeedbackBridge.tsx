import { App } from 'antd';
import { useEffect } from 'react';
import { feedback } from '../ui/feedback';

/** Hands antd's themed message/notification instances to non-React code. */
export function FeedbackBridge() {
  const { message, notification } = App.useApp();
  useEffect(() => {
    feedback.message = message;
    feedback.notification = notification;
  }, [message, notification]);
  return null;
}
