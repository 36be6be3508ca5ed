import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--use-angle=swiftshader','--enable-unsafe-swiftshader','--ignore-gpu-blocklist'] });
const cases = [
  { name: 'editor-uk-412', lang: 'uk', width: 412, height: 1400, text: 'Росія окупувала більшу частину Херсонської області навесні 2022 року.\n\nЗараз окупанти контролюють близько 73% її території. Путін вимагає, щоб Україна вивела війська з Донецької, Луганської, Запорізької та Херсонської областей, які Росія вписала до своєї конституції.' },
  { name: 'editor-en-1280', lang: 'en', width: 1280, height: 1100, text: 'Le Kremlin exige le retrait des troupes ukrainiennes du Donbass. La Russie contrôle environ 99 % de la région de Louhansk et près de 80 % de celle de Donetsk, que Moscou a annexée en 2022.' },
];
for (const c of cases) {
  const page = await browser.newPage({ viewport: { width: c.width, height: c.height } });
  await page.goto(`http://localhost:4811/editor.html?lang=${c.lang}`, { waitUntil: 'load' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('textarea#text').fill(c.text);
  await page.locator('button', { hasText: c.lang === 'uk' ? 'Знайти цифри' : 'Extract' }).first().click();
  await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="status"]')?.textContent ?? ''), null, { timeout: 30000 }).catch(async (e) => { await page.screenshot({ path: '/tmp/fail.png', fullPage: true }); console.log('status:', await page.getByTestId('status').textContent().catch(()=>'none')); throw e; });
  await page.waitForTimeout(500);
  const rows = await page.locator('[data-testid="candidate"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-region')} | ${e.getAttribute('data-wording')} | ${e.textContent.replace(/\s+/g,' ').slice(0,160)}`));
  console.log(c.name, await page.getByTestId('status').textContent()); rows.forEach((r) => console.log('  ', r));
  await page.locator('#language, input[name="language"]').first().scrollIntoViewIfNeeded().catch(() => {});
  console.log('language field:', await page.locator('#meta-language').inputValue().catch((e) => 'n/a ' + e.message.slice(0, 80)));
  await page.locator('#meta-language').scrollIntoViewIfNeeded().catch(() => {});
  await page.screenshot({ path: `/tmp/${c.name}-fields.png` });
  await page.locator('[data-testid="candidate"]').nth(1).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/${c.name}-cands.png` });
}
await browser.close();
