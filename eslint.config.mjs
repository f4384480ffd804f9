import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    // Generated code (npm run generate) is checked against its generator, not linted.
    ignores: [
      'dist/',
      '.cache/',
      'node_modules/',
      'coverage/',
      'build/',
      'reports/',
      'src/**/*.generated.ts'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ]
    }
  },
  {
    // Tests assert on values they have just checked exist.
    files: ['__tests__/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' }
  },
  prettier
)
