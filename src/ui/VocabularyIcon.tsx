import {
  Bot,
  Folder,
  Globe,
  Handshake,
  Headset,
  Lightbulb,
  Mail,
  Megaphone,
  MessageSquareText,
  MessagesSquare,
  QrCode,
  Scroll,
  Share2,
  Smartphone,
  Store,
  Tag,
  User,
  Voicemail,
  Wrench,
  Phone,
  type LucideIcon,
} from 'lucide-react';
import type { IconKey } from '../domain/vocabulary';

const ICONS: Record<IconKey, LucideIcon> = {
  store: Store,
  phone: Phone,
  user: User,
  wrench: Wrench,
  globe: Globe,
  smartphone: Smartphone,
  share: Share2,
  bot: Bot,
  messages: MessagesSquare,
  mail: Mail,
  voicemail: Voicemail,
  sms: MessageSquareText,
  qr: QrCode,
  letter: Scroll,
  megaphone: Megaphone,
  handshake: Handshake,
  headset: Headset,
  lightbulb: Lightbulb,
  folder: Folder,
  tag: Tag,
};

/** Draws a channel or function icon by key; unknown keys fall back to a tag. */
export function VocabularyIcon({ icon, size = 16 }: { icon: string; size?: number }) {
  const Icon = ICONS[icon as IconKey] ?? Tag;
  return <Icon size={size} aria-hidden="true" focusable="false" />;
}
